package org.opendividend.review.entity;

import org.opendividend.platform.workflow.Workflow;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.opendividend.review.entity.DecisionAction.APPROVE;
import static org.opendividend.review.entity.DecisionAction.COMPLETE;
import static org.opendividend.review.entity.DecisionAction.CONFIRM_SHARE;
import static org.opendividend.review.entity.DecisionAction.EDIT;
import static org.opendividend.review.entity.DecisionAction.PROPOSE;
import static org.opendividend.review.entity.DecisionAction.REFUSE_SHARE;
import static org.opendividend.review.entity.DecisionAction.RETURN;
import static org.opendividend.review.entity.DecisionStatus.APPROVED;
import static org.opendividend.review.entity.DecisionStatus.DECIDED;
import static org.opendividend.review.entity.DecisionStatus.DRAFT;
import static org.opendividend.review.entity.DecisionStatus.PROPOSED;

/**
 * A call's funding decision with four eyes, as one table: the lead ministry's officer proposes; an approver of the
 * lead ministry approves (or returns it); then every co-funding ministry whose money it commits confirms its own share
 * through its own approver (or refuses it, which sends the proposal back), so that no ministry's money is committed
 * without its approver; the last confirmation takes the decision. That the approver is not the proposer is the
 * decision's own rule ({@link FundingDecision}), as it concerns two people, not one step.
 */
public final class DecisionWorkflow {

    /** Who takes a step, relative to the call. */
    public enum Who { LEAD_OFFICER, LEAD_APPROVER, COFUNDING_APPROVER, SYSTEM }

    /**
     * What holds while a decision is in a state.
     *
     * @param awaitsLeadApproval an approver of the lead ministry has to approve or return it
     * @param awaitsShares       co-funding ministries' approvers have to confirm their shares
     * @param taken              the decision is taken: applicants are told, money is committed
     */
    public record State(boolean awaitsLeadApproval, boolean awaitsShares, boolean taken) {
    }

    public static final Workflow<DecisionStatus, DecisionAction, Who, State> RULES = new Workflow<>(
            DecisionStatus.class,
            List.of(
                    row(DRAFT, EDIT, DRAFT, Who.LEAD_OFFICER),
                    row(DRAFT, PROPOSE, PROPOSED, Who.LEAD_OFFICER),
                    row(PROPOSED, RETURN, DRAFT, Who.LEAD_APPROVER),
                    row(PROPOSED, APPROVE, APPROVED, Who.LEAD_APPROVER),
                    row(APPROVED, CONFIRM_SHARE, APPROVED, Who.COFUNDING_APPROVER),
                    row(APPROVED, REFUSE_SHARE, DRAFT, Who.COFUNDING_APPROVER),
                    row(APPROVED, COMPLETE, DECIDED, Who.SYSTEM)),
            Map.ofEntries(
                    entry(DRAFT, new State(false, false, false)),
                    entry(PROPOSED, new State(true, false, false)),
                    entry(APPROVED, new State(false, true, false)),
                    entry(DECIDED, new State(false, false, true))));

    private DecisionWorkflow() {
    }

    public static State state(DecisionStatus status) {
        return RULES.state(status);
    }

    private static Workflow.Transition<DecisionStatus, DecisionAction, Who> row(
            DecisionStatus from, DecisionAction action, DecisionStatus to, Who who) {
        return new Workflow.Transition<>(from, action, to, who);
    }
}
