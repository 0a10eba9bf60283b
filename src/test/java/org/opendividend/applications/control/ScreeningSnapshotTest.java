package org.opendividend.applications.control;

import org.junit.jupiter.api.Test;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.applications.entity.Application;
import org.opendividend.calls.entity.FundingCall;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Screening reads back exactly what a submission froze. */
class ScreeningSnapshotTest {

    @Test
    void theSnapshotReadsBackAsTheSubmittedContent() {
        FundingCall call = ScreeningTestData.call();
        Application application = ScreeningTestData.submitted(call);
        String json = ApplicationSnapshot.json(application, 1, "OD-1001-1-1", ScreeningTestData.SUBMITTED);
        assertEquals(application.content(), ScreeningSnapshot.content(json));
    }
}
