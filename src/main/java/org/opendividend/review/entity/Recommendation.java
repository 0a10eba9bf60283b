package org.opendividend.review.entity;

import org.opendividend.platform.workflow.Labelled;

/** What a reviewer recommends for the application they reviewed. Stored by name. */
public enum Recommendation implements Labelled {
    FUND, FUND_WITH_CHANGES, DO_NOT_FUND;

    @Override
    public String labelKey() {
        return "review.recommendation." + name();
    }
}
