package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.applications.boundary.AttachmentPermissions;
import org.opendividend.applications.entity.Application;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.security.Decision;
import org.opendividend.review.boundary.ScreeningPermissions;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "An officer of a ministry that leads or co-funds this call" is one rule with one reason: the call's staff pages,
 * screening and the screening officer's reading of attachments answer alike for the lead's officer, a co-funder's
 * officer and another ministry's officer.
 */
class CallStewardshipTest {

    private static final FundingCall CALL = ScreeningTestData.call();
    private static final Application SUBMITTED = ScreeningTestData.submitted(CALL);

    @Test
    void theCallsTheScreeningAndTheAttachmentsAnswerTheSameForEveryOfficer() {
        Map<Caller, Decision> expected = Map.of(
                CallFixtures.officerOfMoc(), Decision.allow(),
                CallFixtures.officerOfModa(), Decision.allow(),
                CallFixtures.officerOfNstc(), Decision.deny("denied.call.notFundingOfficer"));
        expected.forEach((officer, decision) -> {
            assertEquals(decision, CallPermissions.canSeeAsStaff(officer, CALL), "calls, " + officer.subject());
            assertEquals(decision, ScreeningPermissions.canScreen(officer, CallView.of(CALL)), "screening, " + officer.subject());
            assertEquals(decision, AttachmentPermissions.canScreen(officer, CallView.of(CALL), SUBMITTED, false),
                    "attachments, " + officer.subject());
        });
    }
}
