package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.security.Decision;

/**
 * Who may read a call's panel (its reviews, scores and calibrated ranking): whoever may assign its reviewers, an
 * officer of a ministry that leads or co-funds the call ({@link CallStewardship}) whose own organisation does not apply
 * to it. The panel shows what the assignment page's review progress already shows them, ranked; a competitor must
 * read neither. {@link PanelFacade} enforces it, the page renders after it.
 */
public final class PanelPermissions {

    private PanelPermissions() {
    }

    public static Decision canReadPanel(Caller caller, CallView call, boolean callerCompetes) {
        return AssignmentPermissions.canAssign(caller, call, callerCompetes);
    }
}
