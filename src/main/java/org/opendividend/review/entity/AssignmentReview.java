package org.opendividend.review.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * A reviewer's review of the application of one assignment: saved as a draft as often as the reviewer writes, and
 * locked once submitted. One per assignment (the table's unique key), so a second submission finds the first.
 */
@Entity
@Table(name = "review")
public class AssignmentReview {

    /** The longest comment (to the applicant, to the panel) the columns keep. */
    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    // read with the review: pages and the weighted score read the scores after the transaction
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score", nullable = false, precision = 4, scale = 1)
    private Map<Long, BigDecimal> scores = new HashMap<>();

    @Column(name = "confidence")
    private Integer confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation")
    private Recommendation recommendation;

    @Column(name = "comment_applicant")
    private String toApplicant;

    @Column(name = "comment_panel")
    private String toPanel;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AssignmentReview() {
    }

    /** A new, empty draft of the assignment's review. */
    public static AssignmentReview start(long assignmentId, Instant now) {
        AssignmentReview review = new AssignmentReview();
        review.assignmentId = assignmentId;
        review.savedAt = now.truncatedTo(ChronoUnit.MICROS);
        return review;
    }

    /** Keeps what the reviewer wrote; refused once submitted (the facade says so in words before it gets here). */
    public void change(ReviewContent content, Instant now) {
        requireDraft();
        scores.clear();
        scores.putAll(content.scores());
        confidence = content.confidence();
        recommendation = content.recommendation();
        toApplicant = content.toApplicant();
        toPanel = content.toPanel();
        savedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Locks the review: nothing of it changes any more. */
    public void submit(Instant now) {
        requireDraft();
        submittedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private void requireDraft() {
        if (submittedAt != null) {
            throw new IllegalStateException("review " + id + " is submitted");
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public ReviewContent content() {
        return new ReviewContent(scores, confidence, recommendation, toApplicant == null ? "" : toApplicant,
                toPanel == null ? "" : toPanel);
    }

    public Long id() { return id; }
    public long assignmentId() { return assignmentId; }
    public Instant savedAt() { return savedAt; }
    public Instant submittedAt() { return submittedAt; }
    public long version() { return version; }
}
