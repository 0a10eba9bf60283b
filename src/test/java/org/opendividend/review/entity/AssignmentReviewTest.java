package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentReviewTest {

    private static final Instant NOW = Instant.parse("2027-04-01T02:00:00.123456789Z");

    @Test
    void aDraftKeepsWhatWasWrittenWithoutMissingScores() {
        AssignmentReview review = AssignmentReview.start(7, NOW);
        Map<Long, BigDecimal> scores = new HashMap<>();
        scores.put(1L, new BigDecimal("4.5"));
        scores.put(2L, null);
        review.change(new ReviewContent(scores, 3, Recommendation.FUND_WITH_CHANGES, "a", "b"), NOW);
        assertEquals(Map.of(1L, new BigDecimal("4.5")), review.content().scores());
        assertEquals(Recommendation.FUND_WITH_CHANGES, review.content().recommendation());
        assertEquals(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS), review.savedAt());
        assertFalse(review.isSubmitted());
    }

    @Test
    void aSubmittedReviewIsLocked() {
        AssignmentReview review = AssignmentReview.start(7, NOW);
        review.submit(NOW);
        assertTrue(review.isSubmitted());
        assertThrows(IllegalStateException.class, () -> review.change(ReviewContent.empty(), NOW));
        assertThrows(IllegalStateException.class, () -> review.submit(NOW), "submitted once");
    }
}
