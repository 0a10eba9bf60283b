package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * What a funding decision says of one application: the outcome, the amount in whole TWD (zero unless funded) and,
 * where the decision departs from the rank order, why.
 */
@Embeddable
public class DecisionLine {

    /** The longest justification the column keeps. */
    public static final int JUSTIFICATION_MAX = 2000;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private DecisionOutcome outcome;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "justification", length = JUSTIFICATION_MAX)
    private String justification;

    protected DecisionLine() {
    }

    public DecisionLine(long applicationId, DecisionOutcome outcome, long amount, String justification) {
        this.applicationId = applicationId;
        this.outcome = Objects.requireNonNull(outcome);
        this.amount = outcome == DecisionOutcome.FUND ? amount : 0;
        this.justification = justification == null || justification.isBlank() ? null : justification.strip();
    }

    public long applicationId() {
        return applicationId;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public long amount() {
        return amount;
    }

    public String justification() {
        return justification;
    }
}
