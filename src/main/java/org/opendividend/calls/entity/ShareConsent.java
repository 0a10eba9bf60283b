package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opendividend.platform.events.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A co-funding ministry's own answer to the share a call asks of it: accepted or declined (with a reason) by an
 * approver of that ministry, for the amount they saw. No ministry's money is committed without it; a later change
 * of the amount voids it ({@link #isFor(BigDecimal)}).
 */
@Embeddable
public class ShareConsent {

    /** The column's size: the reason of a decline is read by the lead ministry and kept in the audit summary. */
    public static final int REASON_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private ShareDecision decision;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "reason")
    private String reason;

    @Column(name = "decided_by_subject", nullable = false)
    private String decidedBySubject;

    @Column(name = "decided_by_name", nullable = false)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ShareConsent() {
    }

    private ShareConsent(ShareDecision decision, BigDecimal amount, String reason, Actor approver, Instant at) {
        this.decision = decision;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.reason = reason;
        this.decidedBySubject = Objects.requireNonNull(approver.subject(), "the approver's subject");
        this.decidedByName = approver.displayName();
        this.decidedAt = at;
    }

    public static ShareConsent accepted(BigDecimal amount, Actor approver, Instant at) {
        return new ShareConsent(ShareDecision.ACCEPTED, amount, null, approver, at);
    }

    public static ShareConsent declined(BigDecimal amount, String reason, Actor approver, Instant at) {
        return new ShareConsent(ShareDecision.DECLINED, amount, Objects.requireNonNull(reason, "reason"), approver, at);
    }

    /** Whether the answer was given to this amount; an answer to another amount no longer holds. */
    public boolean isFor(BigDecimal share) {
        return share != null && amount.compareTo(share) == 0;
    }

    /** Whether the ministry agreed to pay exactly this amount. */
    public boolean accepts(BigDecimal share) {
        return decision == ShareDecision.ACCEPTED && isFor(share);
    }

    public ShareDecision decision() {
        return decision;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** Why the share was declined; {@code null} when accepted. */
    public String reason() {
        return reason;
    }

    public String decidedBySubject() {
        return decidedBySubject;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
