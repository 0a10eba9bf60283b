package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.workflow.Labelled;

/** A step of a call's funding decision, a row of {@link DecisionWorkflow}. Stored by name, and audited as its action. */
public enum DecisionAction implements AuditedAction, Labelled {
    /** The lead ministry's officer writes outcomes, amounts and justifications (only while a draft). */
    EDIT,
    /** The lead ministry's officer proposes the decision. */
    PROPOSE,
    /** An approver of the lead ministry sends the proposal back with a reason. */
    RETURN,
    /** An approver of the lead ministry, not the proposer, approves the batch. */
    APPROVE,
    /** A co-funding ministry's approver confirms that ministry's share of the money. */
    CONFIRM_SHARE,
    /** A co-funding ministry's approver refuses that ministry's share with a reason: the proposal goes back. */
    REFUSE_SHARE,
    /** The last confirmation arrived (or none was needed): the decision is taken. */
    COMPLETE;

    @Override
    public String labelKey() {
        return "decision.action." + name();
    }
}
