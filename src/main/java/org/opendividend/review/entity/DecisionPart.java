package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One ministry's part of a funded application's amount in whole TWD, as the call's shares split it. */
@Embeddable
public class DecisionPart {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "ministry_code", nullable = false)
    private String ministryCode;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected DecisionPart() {
    }

    public DecisionPart(long applicationId, String ministryCode, long amount) {
        this.applicationId = applicationId;
        this.ministryCode = ministryCode;
        this.amount = amount;
    }

    public long applicationId() {
        return applicationId;
    }

    public String ministryCode() {
        return ministryCode;
    }

    public long amount() {
        return amount;
    }
}
