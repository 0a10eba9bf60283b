package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a refused page or API path is recorded as: the path and the object's id, never another parameter. */
class AccessRefusalsTest {

    @Test
    void aPageIsRecordedWithTheIdOfItsObject() {
        assertEquals("/officer/screening.xhtml?id=42", AccessRefusals.objectOf("/officer/screening.xhtml", "42"));
    }

    @Test
    void aPathWithoutAnIdIsRecordedAsItIs() {
        assertEquals("/api/v1/applications/12", AccessRefusals.objectOf("/api/v1/applications/12", null));
        assertEquals("/admin/", AccessRefusals.objectOf("/admin/", " "));
    }
}
