package org.opendividend.review.entity;

import org.opendividend.platform.workflow.Labelled;

/** What a funding decision says of one application. Stored by name. */
public enum DecisionOutcome implements Labelled {
    /** Funded, with an amount split across the ministries' shares. */
    FUND,
    /** On the reserve list: offered if a funded applicant declines. */
    RESERVE,
    /** Not funded. */
    REJECT;

    @Override
    public String labelKey() {
        return "decision.outcome." + name();
    }
}
