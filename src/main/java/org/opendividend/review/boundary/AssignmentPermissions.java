package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.security.Decision;

/**
 * Who may assign reviewers to a call's applications, run the solver, move assignments by hand and mail the reviewers:
 * an officer of a ministry that leads or co-funds the call ({@link CallStewardship}), whose own organisation does not
 * apply to the same call (a competitor, as for screening). The page renders with this decision and
 * {@link AssignmentFacade} enforces it for every action.
 */
public final class AssignmentPermissions {

    private AssignmentPermissions() {
    }

    public static Decision canAssign(Caller caller, CallView call, boolean callerCompetes) {
        return CompetitorRule.unlessCompeting(CallStewardship.ofOfficer(caller, call), callerCompetes);
    }
}
