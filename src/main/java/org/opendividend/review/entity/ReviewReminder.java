package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * That a reviewer was reminded of an assignment due at an instant: kept so that the reminder is mailed once. Its due
 * date is part of it, as an assignment given again with a new due date is a new reminder.
 */
@Entity
@Table(name = "review_reminder")
public class ReviewReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "reviewer_subject", nullable = false)
    private String reviewerSubject;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReviewReminder() {
    }

    /** The reminder of this assignment as it is due now, sent at an instant. */
    public static ReviewReminder sent(ReviewAssignment assignment, Instant now) {
        ReviewReminder reminder = new ReviewReminder();
        reminder.assignmentId = assignment.id();
        reminder.dueAt = assignment.dueAt();
        reminder.reviewerSubject = assignment.reviewerSubject();
        reminder.sentAt = now.truncatedTo(ChronoUnit.MICROS);
        return reminder;
    }

    /** Whether this is the reminder of that assignment at its current due date. */
    public boolean remindsOf(ReviewAssignment assignment) {
        return assignmentId == assignment.id() && dueAt.equals(assignment.dueAt());
    }

    public long assignmentId() { return assignmentId; }
    public Instant dueAt() { return dueAt; }
    public String reviewerSubject() { return reviewerSubject; }
    public Instant sentAt() { return sentAt; }
}
