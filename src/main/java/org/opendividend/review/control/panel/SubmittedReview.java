package org.opendividend.review.control.panel;

import org.opendividend.review.entity.Recommendation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One submitted review as the panel reads it: the application, the reviewer (their person id, which calibration
 * tells reviewers apart by, and their subject, which names them), the criteria's scores by criterion id, the
 * confidence (1 to 5) and the recommendation.
 */
public record SubmittedReview(long applicationId, long reviewerPersonId, String reviewerSubject,
                              Map<Long, BigDecimal> scores, int confidence, Recommendation recommendation) {

    public SubmittedReview {
        scores = Map.copyOf(scores);
    }
}
