package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A co-funding ministry whose money an approved decision commits, and its approver's confirmation once given. */
@Embeddable
public class ShareConfirmation {

    @Column(name = "ministry_code", nullable = false)
    private String ministryCode;

    @Column(name = "approver_subject")
    private String approverSubject;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected ShareConfirmation() {
    }

    ShareConfirmation(String ministryCode) {
        this.ministryCode = ministryCode;
    }

    void confirm(String approver, Instant at) {
        approverSubject = approver;
        confirmedAt = at;
    }

    public String ministryCode() {
        return ministryCode;
    }

    public String approverSubject() {
        return approverSubject;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }
}
