package org.opendividend.review.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WeightedScoreTest {

    @Test
    void sumsEachScoreOverItsScaleMaximumTimesItsWeight() {
        // 4.5 / 5 × 60 + 6 / 9 × 40 = 54 + 26.666… = 80.67
        assertEquals(Optional.of(new BigDecimal("80.67")), WeightedScore.of(
                Map.of(11L, new BigDecimal("4.5"), 12L, new BigDecimal("6")), ReviewChecksTest.CRITERIA));
        assertEquals(Optional.of(new BigDecimal("100.00")), WeightedScore.of(
                Map.of(11L, new BigDecimal("5"), 12L, new BigDecimal("9")), ReviewChecksTest.CRITERIA),
                "every criterion at its maximum scores the weights' sum");
    }

    @Test
    void aReviewWithAnUnscoredCriterionHasNoWeightedScore() {
        assertEquals(Optional.empty(), WeightedScore.of(Map.of(11L, new BigDecimal("5")), ReviewChecksTest.CRITERIA));
    }

    @Test
    void theMeanOfReviewsIsRoundedOnceAndEmptyWithoutReviews() {
        assertEquals(Optional.of(new BigDecimal("70.34")), WeightedScore.mean(
                List.of(new BigDecimal("80.67"), new BigDecimal("60.00"))));
        assertEquals(Optional.empty(), WeightedScore.mean(List.of()));
    }
}
