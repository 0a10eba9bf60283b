package org.opendividend.platform.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OversizedUploadGateTest {

    private static final long MAX = 20L * 1024 * 1024;

    @Test
    void anUploadAnnouncedLargerThanAFileAndItsFormIsRefused() {
        assertTrue(OversizedUploadGate.isTooLarge("multipart/form-data; boundary=x", MAX + OversizedUploadGate.FORM_ALLOWANCE + 1, MAX));
        assertTrue(OversizedUploadGate.isTooLarge("Multipart/Form-Data", 100L * MAX, MAX));
    }

    @Test
    void aFileAtTheLimitWithItsFormPasses() {
        assertFalse(OversizedUploadGate.isTooLarge("multipart/form-data", MAX + OversizedUploadGate.FORM_ALLOWANCE, MAX));
        assertFalse(OversizedUploadGate.isTooLarge("multipart/form-data", -1, MAX), "no length announced: the container's limit");
    }

    @Test
    void otherBodiesAreNotItsConcern() {
        assertFalse(OversizedUploadGate.isTooLarge("application/x-www-form-urlencoded", 100L * MAX, MAX));
        assertFalse(OversizedUploadGate.isTooLarge(null, 100L * MAX, MAX));
    }
}
