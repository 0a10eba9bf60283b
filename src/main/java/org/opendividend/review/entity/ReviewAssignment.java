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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One reviewer (a person) assigned to review one application of a call, by a solver run or by an officer's hand, due
 * at an instant. Its steps are the rows of {@link AssignmentWorkflow}: the reviewer declares no conflict (and then
 * reads and reviews) or a conflict, or declines with a reason; an officer may withdraw it and assign it again.
 */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

    /** The longest reason (for a declared conflict or for declining) the column keeps. */
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "reviewer_person_id", nullable = false)
    private long reviewerPersonId;

    @Column(name = "reviewer_subject", nullable = false)
    private String reviewerSubject;

    @Column(name = "run_id")
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AssignmentStatus status;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_kind")
    private DeclaredConflictKind conflictKind;

    @Column(name = "reason")
    private String reason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReviewAssignment() {
    }

    /**
     * A new assignment, waiting for the reviewer's declaration.
     *
     * @param runId the solver run that made it, or null when assigned by hand
     */
    public static ReviewAssignment assign(long callId, long applicationId, long reviewerPersonId, String reviewerSubject,
                                          Long runId, Instant dueAt, Instant now) {
        ReviewAssignment assignment = new ReviewAssignment();
        assignment.callId = callId;
        assignment.applicationId = applicationId;
        assignment.reviewerPersonId = reviewerPersonId;
        assignment.reviewerSubject = Objects.requireNonNull(reviewerSubject);
        assignment.runId = runId;
        assignment.status = AssignmentStatus.ASSIGNED;
        assignment.dueAt = Objects.requireNonNull(dueAt).truncatedTo(ChronoUnit.MICROS);
        assignment.assignedAt = now.truncatedTo(ChronoUnit.MICROS);
        return assignment;
    }

    /** The reviewer declares that they have no conflict with the application: it opens to them. */
    public void declareNoConflict(Instant now) {
        step(AssignmentAction.DECLARE_NO_CONFLICT, AssignmentWorkflow.Who.REVIEWER);
        declaredAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The reviewer declares a conflict of a kind, with a reason the officers read: the application stays closed to them. */
    public void declareConflict(DeclaredConflictKind kind, String why, Instant now) {
        String checked = requireReason(why);
        step(AssignmentAction.DECLARE_CONFLICT, AssignmentWorkflow.Who.REVIEWER);
        conflictKind = Objects.requireNonNull(kind, "the kind of conflict");
        reason = checked;
        declaredAt = now.truncatedTo(ChronoUnit.MICROS);
        answeredAt = declaredAt;
    }

    /** The reviewer declines the assignment with a reason the officers read. */
    public void decline(String why, Instant now) {
        String checked = requireReason(why);
        step(AssignmentAction.DECLINE, AssignmentWorkflow.Who.REVIEWER);
        reason = checked;
        answeredAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The reviewer's review is submitted: nothing of it changes any more. */
    public void recordSubmission(Instant now) {
        step(AssignmentAction.SUBMIT_REVIEW, AssignmentWorkflow.Who.REVIEWER);
        answeredAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** An officer takes the assignment back (a manual move); refused once a review is submitted. */
    public void withdraw() {
        step(AssignmentAction.WITHDRAW, AssignmentWorkflow.Who.OFFICER);
    }

    /** An officer assigns a withdrawn assignment again, due at a new instant; the reviewer declares again. */
    public void reassign(Long byRun, Instant due, Instant now) {
        step(AssignmentAction.REASSIGN, AssignmentWorkflow.Who.OFFICER);
        runId = byRun;
        dueAt = due.truncatedTo(ChronoUnit.MICROS);
        assignedAt = now.truncatedTo(ChronoUnit.MICROS);
        declaredAt = null;
        answeredAt = null;
        conflictKind = null;
        reason = null;
        mailedAt = null;
    }

    /** Whether the reviewer still has to be mailed this assignment: it counts and they were not told of it yet. */
    public boolean awaitsMail() {
        return mailedAt == null && status == AssignmentStatus.ASSIGNED;
    }

    /** The reviewer was mailed this assignment; mailing again leaves it out. */
    public void markMailed(Instant now) {
        mailedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private void step(AssignmentAction action, AssignmentWorkflow.Who who) {
        status = AssignmentWorkflow.RULES.transition(status, action, who).to();
    }

    private static String requireReason(String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        String trimmed = why.strip();
        if (trimmed.length() > REASON_MAX) {
            throw new IllegalArgumentException("the reason is longer than " + REASON_MAX + " characters");
        }
        return trimmed;
    }

    /** What holds now: whether the reviewer sees the application, may edit the review, whether it counts. */
    public AssignmentWorkflow.State state() {
        return AssignmentWorkflow.state(status);
    }

    public boolean isOf(String subject) {
        return reviewerSubject.equals(subject);
    }

    /** Whether an officer may take it back now (the workflow has the step: no review submitted, nothing declared). */
    public boolean isWithdrawable() {
        return AssignmentWorkflow.RULES.find(status, AssignmentAction.WITHDRAW).isPresent();
    }

    /** Overdue: still counted on, not submitted, and past its due date. */
    public boolean isOverdueAt(Instant now) {
        return state().counts() && status != AssignmentStatus.SUBMITTED && now.isAfter(dueAt);
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public long applicationId() { return applicationId; }
    public long reviewerPersonId() { return reviewerPersonId; }
    public String reviewerSubject() { return reviewerSubject; }
    public Long runId() { return runId; }
    public AssignmentStatus status() { return status; }
    public Instant dueAt() { return dueAt; }
    public Instant assignedAt() { return assignedAt; }
    public Instant declaredAt() { return declaredAt; }
    public DeclaredConflictKind conflictKind() { return conflictKind; }
    public String reason() { return reason; }
    public Instant answeredAt() { return answeredAt; }
    public Instant mailedAt() { return mailedAt; }
    public long version() { return version; }
}
