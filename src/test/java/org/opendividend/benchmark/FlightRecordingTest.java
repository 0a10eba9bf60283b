package org.opendividend.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FlightRecordingTest {

    @Test
    void areasAreLibrariesCutToThreePartsAndOurComponentsToTheirName() {
        assertEquals("org.h2.mvstore", FlightRecording.area("org.h2.mvstore.MVStore"));
        assertEquals("sun.security.provider", FlightRecording.area("sun.security.provider.SHA2"));
        assertEquals("org.opendividend.applications", FlightRecording.area("org.opendividend.applications.control.AttachmentStore"));
        assertEquals("org.hibernate.engine", FlightRecording.area("org.hibernate.engine.internal.StatefulPersistenceContext"));
    }
}
