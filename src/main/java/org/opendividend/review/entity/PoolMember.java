package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opendividend.platform.events.Actor;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer in a ministry's pool, or in the pool of one call ({@code callId}) that the ministry leads or co-funds:
 * invited by an officer of that ministry, until the reviewer declines with a reason the officers read.
 */
@Entity
@Table(name = "reviewer_pool_member")
public class PoolMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ministry_code", nullable = false)
    private String ministry;

    @Column(name = "call_id")
    private Long callId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PoolStatus status;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "invited_by_subject", nullable = false)
    private String invitedBySubject;

    @Column(name = "invited_by_name", nullable = false)
    private String invitedByName;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PoolMember() {
    }

    public static PoolMember invite(String ministry, Long callId, String subject, String email, String displayName,
                                    Actor officer, Instant now) {
        PoolMember member = new PoolMember();
        member.ministry = Objects.requireNonNull(ministry);
        member.callId = callId;
        member.subject = Objects.requireNonNull(subject);
        member.email = email;
        member.displayName = displayName;
        member.invitedBySubject = officer.subject();
        member.invitedByName = officer.displayName();
        member.reinvite(now);
        return member;
    }

    /** Invited again (after declining, perhaps for a later round): counted on again, the old reason gone. */
    public void reinvite(Instant now) {
        status = PoolStatus.INVITED;
        declineReason = null;
        answeredAt = null;
        invitedAt = now;
    }

    public void decline(String reason, Instant now) {
        status = PoolStatus.DECLINED;
        declineReason = reason;
        answeredAt = now;
    }

    public boolean isOf(String personSubject) {
        return subject.equals(personSubject);
    }

    public Long id() {
        return id;
    }

    public String ministry() {
        return ministry;
    }

    public Long callId() {
        return callId;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public PoolStatus status() {
        return status;
    }

    public String declineReason() {
        return declineReason;
    }

    public String invitedByName() {
        return invitedByName;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public long version() {
        return version;
    }
}
