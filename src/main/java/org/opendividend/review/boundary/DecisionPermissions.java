package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

/**
 * Who may do what with a call's funding decision (issue #11, item 5, four eyes): the lead ministry's officer writes and
 * proposes it; an approver of the lead ministry approves or returns it (that this approver is not the proposer is the
 * decision's own rule); each co-funding ministry's money is confirmed or refused only by that ministry's approver.
 * Everyone of a funding ministry (officers and approvers) may read it. Nobody whose own organisation applies to the
 * call does anything with it (a competitor, as for screening and assignment). {@link DecisionFacade} enforces these.
 */
public final class DecisionPermissions {

    static final String NOT_OF_CALL = "denied.decision.notOfCall";
    static final String NOT_LEAD_OFFICER = "denied.decision.notLeadOfficer";
    static final String NOT_LEAD_APPROVER = "denied.decision.notLeadApprover";
    static final String NOT_SHARE_APPROVER = "denied.decision.notShareApprover";

    private DecisionPermissions() {
    }

    /** Officers of the ministries that lead or co-fund the call, and their approvers. */
    public static Decision canRead(Caller caller, CallView call, boolean callerCompetes) {
        boolean staff = CallStewardship.ofOfficer(caller, call).allowed()
                || call.shares().keySet().stream().anyMatch(m -> caller.actsFor(Role.APPROVER, m));
        return CompetitorRule.unlessCompeting(staff ? Decision.allow() : Decision.deny(NOT_OF_CALL), callerCompetes);
    }

    /** Writes the lines and proposes them: an officer of the lead ministry. */
    public static Decision canWrite(Caller caller, CallView call, boolean callerCompetes) {
        return CompetitorRule.unlessCompeting(caller.actsFor(Role.OFFICER, call.leadMinistry()) ? Decision.allow()
                : Decision.deny(NOT_LEAD_OFFICER), callerCompetes);
    }

    /** Approves or returns the proposal: an approver of the lead ministry. */
    public static Decision canApprove(Caller caller, CallView call, boolean callerCompetes) {
        return CompetitorRule.unlessCompeting(caller.actsFor(Role.APPROVER, call.leadMinistry()) ? Decision.allow()
                : Decision.deny(NOT_LEAD_APPROVER), callerCompetes);
    }

    /** Confirms or refuses a co-funding ministry's share: an approver of that ministry, which co-funds the call. */
    public static Decision canAnswerShare(Caller caller, CallView call, String ministry, boolean callerCompetes) {
        boolean coFunder = ministry != null && call.isFundedBy(ministry) && !ministry.equals(call.leadMinistry());
        return CompetitorRule.unlessCompeting(coFunder && caller.actsFor(Role.APPROVER, ministry) ? Decision.allow()
                : Decision.deny(NOT_SHARE_APPROVER), callerCompetes);
    }
}
