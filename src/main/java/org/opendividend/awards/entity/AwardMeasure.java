package org.opendividend.awards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A measure on an award with four eyes (issue #12, item 7): an officer of the call's lead ministry proposes to suspend,
 * resume or terminate it with a reason; an approver of that ministry, another person, confirms it (the award takes the
 * step) or refuses it with a reason. While it waits, {@code openAwardId} holds the award's id: a unique column, so an
 * award has one open measure at a time, however many are proposed at the same moment.
 */
@Entity
@Table(name = "award_measure")
public class AwardMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private AwardAction action;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "confirmed")
    private Boolean confirmed;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "open_award_id", unique = true)
    private Long openAwardId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AwardMeasure() {
    }

    /** An officer proposes a measure on an award with a reason of 1 to {@link Award#REASON_MAX} characters. */
    public static AwardMeasure propose(long awardId, AwardAction action, String reason, String officer, Instant now) {
        if (!AwardAction.MEASURES.contains(action)) {
            throw new IllegalArgumentException("not a measure: " + action);
        }
        AwardMeasure measure = new AwardMeasure();
        measure.awardId = awardId;
        measure.action = action;
        measure.reason = requireReason(reason);
        measure.proposedBy = Objects.requireNonNull(officer);
        measure.proposedAt = now.truncatedTo(ChronoUnit.MICROS);
        measure.openAwardId = awardId;
        return measure;
    }

    /** The approver confirms: the award takes the step (refused by its table if it no longer may). */
    public void confirm(Award award, String approver, Instant now) {
        award.take(action);
        decide(approver, now, true);
    }

    /** The approver refuses, saying why. */
    public void refuse(String approver, String why, Instant now) {
        refusalReason = requireReason(why);
        decide(approver, now, false);
    }

    private void decide(String approver, Instant now, boolean confirm) {
        if (!isOpen()) {
            throw new IllegalStateException("measure " + id + " is decided");
        }
        decidedBy = Objects.requireNonNull(approver);
        decidedAt = now.truncatedTo(ChronoUnit.MICROS);
        confirmed = confirm;
        openAwardId = null;
    }

    /** Whether the other person in the four eyes is someone else than the proposer. */
    public boolean proposedBy(String subject) {
        return proposedBy.equals(subject);
    }

    public boolean isOpen() {
        return openAwardId != null;
    }

    private static String requireReason(String why) {
        if (why == null || why.isBlank() || why.strip().length() > Award.REASON_MAX) {
            throw new IllegalArgumentException("a reason of 1 to " + Award.REASON_MAX + " characters");
        }
        return why.strip();
    }

    public Long id() {
        return id;
    }

    public long awardId() {
        return awardId;
    }

    public AwardAction action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Boolean confirmed() {
        return confirmed;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public long version() {
        return version;
    }
}
