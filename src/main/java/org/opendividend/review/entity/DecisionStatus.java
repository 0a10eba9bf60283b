package org.opendividend.review.entity;

import org.opendividend.platform.workflow.Labelled;

/** Where a call's funding decision stands; {@link DecisionWorkflow} says what each allows. Stored by name. */
public enum DecisionStatus implements Labelled {
    /** The lead ministry's officer writes the proposal: fund (with an amount), reserve or reject per application. */
    DRAFT,
    /** Proposed: waits for an approver of the lead ministry who is not the proposer. */
    PROPOSED,
    /** Approved by the lead ministry: waits for each co-funding ministry's approver to confirm its own money. */
    APPROVED,
    /** Every ministry whose money it commits has confirmed: the applicants are told. Nothing changes any more. */
    DECIDED;

    @Override
    public String labelKey() {
        return "decision.status." + name();
    }
}
