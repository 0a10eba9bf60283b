package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Four eyes by ministry: the lead's officer writes, the lead's approver approves, each co-funder's approver answers for
 * its own share only; a competitor does nothing; others of the call's ministries may read.
 */
class DecisionPermissionsTest {

    /** Led by moc, co-funded by moda; nstc has no share of it. */
    private final CallView call = CallView.of(CallFixtures.draft());

    @Test
    void theLeadsOfficerWritesAndNobodyElse() {
        assertEquals(Decision.allow(), DecisionPermissions.canWrite(CallFixtures.officerOfMoc(), call, false));
        for (Caller other : new Caller[]{CallFixtures.officerOfModa(), CallFixtures.approverOfMoc(),
                CallFixtures.officerOfNstc()}) {
            assertEquals(Decision.deny("denied.decision.notLeadOfficer"),
                    DecisionPermissions.canWrite(other, call, false), other.subject());
        }
        assertEquals(Decision.deny("screening.denied.competitor"),
                DecisionPermissions.canWrite(CallFixtures.officerOfMoc(), call, true));
    }

    @Test
    void theLeadsApproverApprovesAndEachCoFundersApproverAnswersForItsOwnShare() {
        assertEquals(Decision.allow(), DecisionPermissions.canApprove(CallFixtures.approverOfMoc(), call, false));
        assertEquals(Decision.deny("denied.decision.notLeadApprover"),
                DecisionPermissions.canApprove(CallFixtures.approverOfModa(), call, false));
        assertEquals(Decision.deny("denied.decision.notLeadApprover"),
                DecisionPermissions.canApprove(CallFixtures.officerOfMoc(), call, false));

        assertEquals(Decision.allow(), DecisionPermissions.canAnswerShare(CallFixtures.approverOfModa(), call,
                CallFixtures.CO_FUNDER, false));
        assertEquals(Decision.deny("denied.decision.notShareApprover"), DecisionPermissions.canAnswerShare(
                CallFixtures.approverOfMoc(), call, CallFixtures.CO_FUNDER, false), "not moda's approver");
        assertEquals(Decision.deny("denied.decision.notShareApprover"), DecisionPermissions.canAnswerShare(
                CallFixtures.approverOfMoc(), call, CallFixtures.LEAD, false), "the lead's money is approved, not confirmed");
        assertEquals(Decision.deny("denied.decision.notShareApprover"), DecisionPermissions.canAnswerShare(
                CallFixtures.approverOfNstc(), call, CallFixtures.UNRELATED, false), "nstc does not fund the call");
        assertEquals(Decision.deny("screening.denied.competitor"), DecisionPermissions.canAnswerShare(
                CallFixtures.approverOfModa(), call, CallFixtures.CO_FUNDER, true));
    }

    @Test
    void theCallsMinistriesStaffReadItOthersDoNot() {
        for (Caller staff : new Caller[]{CallFixtures.officerOfMoc(), CallFixtures.officerOfModa(),
                CallFixtures.approverOfMoc(), CallFixtures.approverOfModa()}) {
            assertEquals(Decision.allow(), DecisionPermissions.canRead(staff, call, false), staff.subject());
        }
        for (Caller other : new Caller[]{CallFixtures.officerOfNstc(), CallFixtures.approverOfNstc(),
                CallFixtures.applicant(), CallFixtures.caller("reviewer", EnumSet.of(Role.REVIEWER), "moc")}) {
            assertEquals(Decision.deny("denied.decision.notOfCall"), DecisionPermissions.canRead(other, call, false),
                    other.subject());
        }
    }
}
