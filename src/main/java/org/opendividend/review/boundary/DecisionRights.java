package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.review.entity.DecisionAction;
import org.opendividend.review.entity.DecisionStatus;
import org.opendividend.review.entity.DecisionWorkflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a person may do with a call's funding decision now: {@link DecisionPermissions} (who they are for which
 * ministry) together with the decision's table (what its state waits for) and its four-eyes rule (whoever proposed
 * it approves nothing of it). The decision's page offers exactly these steps and the approvers' queue lists them;
 * {@link DecisionFacade} enforces each again when it is taken.
 */
@ApplicationScoped
public class DecisionRights {

    @Inject
    CurrentUser currentUser;

    @Inject
    CallDirectory calls;

    @Inject
    OwnApplications ownApplications;

    @Inject
    Clock clock;

    /**
     * @param write   write the lines and propose them
     * @param approve approve the proposal or send it back
     * @param shares  the co-funding ministries whose share this person confirms or refuses now
     */
    public record Now(boolean write, boolean approve, List<String> shares) {

        public Now {
            shares = List.copyOf(shares);
        }

        public boolean anything() {
            return write || approve || !shares.isEmpty();
        }
    }

    CallView call(long callId) {
        return calls.call(callId);
    }

    /** Whether the person also reads the call's panel (its officers do, its approvers do not). */
    boolean readsPanel(long callId) {
        return PanelPermissions.canReadPanel(currentUser.caller(), calls.call(callId),
                ownApplications.competesIn(callId)).allowed();
    }

    Now now(DecisionView view) {
        CallView call = calls.call(view.callId());
        return of(currentUser.caller(), call, ownApplications.competesIn(call.id()), view.status(), view.proposedBy(),
                view.awaitedMinistries(), clock.instant());
    }

    static Now of(Caller caller, CallView call, boolean competes, DecisionStatus status, String proposedBy,
                  List<String> awaited, Instant now) {
        DecisionWorkflow.State state = DecisionWorkflow.state(status);
        boolean write = DecisionPermissions.canWrite(caller, call, competes).allowed()
                && DecisionWorkflow.RULES.find(status, DecisionAction.EDIT).isPresent()
                && call.takesFundingDecisionAt(now);
        boolean proposer = caller.subject() != null && caller.subject().equals(proposedBy);
        boolean approve = !proposer && state.awaitsLeadApproval()
                && DecisionPermissions.canApprove(caller, call, competes).allowed();
        List<String> shares = proposer || !state.awaitsShares() ? List.of() : awaited.stream()
                .filter(m -> DecisionPermissions.canAnswerShare(caller, call, m, competes).allowed()).toList();
        return new Now(write, approve, shares);
    }
}
