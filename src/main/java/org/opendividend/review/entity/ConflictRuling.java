package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendividend.platform.events.Actor;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer's decision about a conflict of interest between a reviewer (a person) and an application: a conflict they
 * added, or a source of conflict they lifted, with their reason. Never changed once made: a decision is undone by
 * none, it stays in the record like the audit entry that tells of it.
 */
@Entity
@Table(name = "conflict_ruling")
public class ConflictRuling {

    /** Added or lifted. */
    public enum Kind { ADDED, LIFTED }

    /** The longest reason the column keeps. */
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reviewer_person_id", nullable = false)
    private long reviewerPersonId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ruling", nullable = false)
    private Kind ruling;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private ConflictSource source;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "officer_subject", nullable = false)
    private String officerSubject;

    @Column(name = "officer_name", nullable = false)
    private String officerName;

    @Column(name = "ruled_at", nullable = false)
    private Instant ruledAt;

    protected ConflictRuling() {
    }

    /** A conflict the officer adds (its source is {@link ConflictSource#OFFICER_ADDED}). */
    public static ConflictRuling added(long reviewerPersonId, long applicationId, String reason, Actor officer,
                                       Instant now) {
        return new ConflictRuling(reviewerPersonId, applicationId, Kind.ADDED, ConflictSource.OFFICER_ADDED, reason,
                officer, now);
    }

    /** A source of conflict the officer lifts for this reviewer and application. */
    public static ConflictRuling lifted(long reviewerPersonId, long applicationId, ConflictSource source, String reason,
                                        Actor officer, Instant now) {
        return new ConflictRuling(reviewerPersonId, applicationId, Kind.LIFTED, source, reason, officer, now);
    }

    private ConflictRuling(long reviewerPersonId, long applicationId, Kind ruling, ConflictSource source, String reason,
                           Actor officer, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a ruling on a conflict needs a reason");
        }
        this.reviewerPersonId = reviewerPersonId;
        this.applicationId = applicationId;
        this.ruling = ruling;
        this.source = Objects.requireNonNull(source);
        this.reason = reason.strip();
        this.officerSubject = Objects.requireNonNull(officer.subject(), "an officer, not the system");
        this.officerName = officer.displayName();
        this.ruledAt = now;
    }

    public Long id() { return id; }
    public long reviewerPersonId() { return reviewerPersonId; }
    public long applicationId() { return applicationId; }
    public Kind ruling() { return ruling; }
    public ConflictSource source() { return source; }
    public String reason() { return reason; }
    public String officerName() { return officerName; }
    public Instant ruledAt() { return ruledAt; }
}
