package org.opendividend.review.boundary;

import org.opendividend.review.entity.DecisionOutcome;

import java.time.Instant;
import java.util.List;

/**
 * An application's outcome as its applicant reads it once the call's funding decision is taken: funded (with the
 * amount in whole TWD), on the reserve list or not funded, when it was decided, and the comments the reviewers meant
 * for the applicant, as "Reviewer 1", "Reviewer 2", … in the order the reviews were submitted, never who wrote them
 * nor what they told the panel.
 */
public record ApplicantOutcome(long applicationId, DecisionOutcome outcome, long amount, Instant decidedAt,
                               List<ReviewerComment> comments) {

    public ApplicantOutcome {
        comments = List.copyOf(comments);
    }

    /** The label of the outcome, with the amount as its argument when funded. */
    public String labelKey() {
        return "outcome.applicant." + outcome.name();
    }

    /**
     * The comments to the applicant of an application's submitted reviews, given in the order the reviews were
     * submitted: numbered from 1 in that order, a review without a comment keeping its number but showing nothing.
     */
    public static List<ReviewerComment> numbered(List<String> toApplicantInSubmissionOrder) {
        List<ReviewerComment> comments = new java.util.ArrayList<>();
        for (int i = 0; i < toApplicantInSubmissionOrder.size(); i++) {
            String text = toApplicantInSubmissionOrder.get(i);
            if (text != null && !text.isBlank()) {
                comments.add(new ReviewerComment(i + 1, text.strip()));
            }
        }
        return comments;
    }

    /**
     * One reviewer's comment to the applicant.
     *
     * @param number the reviewer's number among the application's submitted reviews, from 1
     */
    public record ReviewerComment(int number, String text) {
    }
}
