package org.opendividend.review.control;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.boundary.ReviewSetupView;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.review.control.ReviewProgress.Entry;
import org.opendividend.review.control.ReviewProgress.Stage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewProgressTest {

    private static final CriterionView RELEVANCE = new CriterionView(11L, "相關性", "Relevance", "", "", 60,
            ScoreScale.ONE_TO_NINE, new BigDecimal("5"));
    private static final CriterionView OPENNESS = new CriterionView(12L, "開放性", "Openness", "", "", 40,
            ScoreScale.ZERO_TO_FIVE_HALVES, new BigDecimal("3"));
    /** Three reviews, overall threshold 6 out of 10: 60 out of 100 weighted. */
    private static final ReviewSetupView SETUP = new ReviewSetupView(3, false, new BigDecimal("6"), List.of(RELEVANCE, OPENNESS));

    private static Entry awaiting(long application) {
        return new Entry(application, true, false, false, false, false, false, null);
    }

    private static Entry submitted(long application, String relevance, String openness) {
        return new Entry(application, false, true, true, true, false, false,
                Map.of(11L, new BigDecimal(relevance), 12L, new BigDecimal(openness)));
    }

    @Test
    void eachAssignmentIsCountedInTheStagesItIsIn() {
        List<Entry> entries = List.of(awaiting(1), awaiting(1),
                new Entry(1, false, true, true, false, true, false, null), // started and overdue
                new Entry(2, false, true, false, false, false, false, null), // declared, nothing saved
                new Entry(2, false, false, false, false, false, true, null), // declined: needs a replacement
                submitted(2, "9", "5"));

        ReviewProgress progress = ReviewProgress.of(List.of(1L, 2L), entries, SETUP);

        assertEquals(Map.of(Stage.AWAITING_DECLARATION, 2L, Stage.DECLARED, 3L, Stage.STARTED, 1L, Stage.SUBMITTED, 1L,
                Stage.OVERDUE, 1L, Stage.NEEDS_REPLACEMENT, 1L), progress.stages());
    }

    @Test
    void theMeansOfTheSubmittedReviewsAreHeldAgainstTheCallsThresholds() {
        // weighted: 9/9×60 + 5/5×40 = 100 and 5/9×60 + 2.5/5×40 = 53.33; mean 76.67 ≥ 60
        ReviewProgress progress = ReviewProgress.of(List.of(7L, 8L),
                List.of(submitted(7, "9", "5"), submitted(7, "5", "2.5"), awaiting(8)), SETUP);

        ReviewProgress.ApplicationScores seven = progress.applications().get(0);
        assertEquals(2, seven.submittedReviews());
        assertEquals(Optional.of(new BigDecimal("76.67")), seven.weightedMean());
        assertTrue(seven.meetsOverallThreshold());
        assertEquals(Optional.of(new BigDecimal("7.00")), seven.criteria().get(0).mean());
        assertEquals(Optional.of(new BigDecimal("3.75")), seven.criteria().get(1).mean());
        assertTrue(seven.meetsThresholds());

        ReviewProgress.ApplicationScores eight = progress.applications().get(1);
        assertEquals(0, eight.submittedReviews());
        assertEquals(Optional.empty(), eight.weightedMean());
        assertFalse(eight.meetsThresholds(), "nothing submitted meets nothing");
    }

    @Test
    void aCriterionBelowItsThresholdFailsTheApplicationEvenWithAGoodTotal() {
        // 9/9×60 + 1/5×40 = 68 ≥ 60 overall, but openness 1 < 3
        ReviewProgress.ApplicationScores scores = ReviewProgress.of(List.of(5L), List.of(submitted(5, "9", "1")), SETUP)
                .applications().get(0);
        assertTrue(scores.meetsOverallThreshold());
        assertFalse(scores.criteria().get(1).meetsThreshold());
        assertFalse(scores.meetsThresholds());
    }

    @Test
    void theOverallThresholdIsSetOutOfTenAndWeightedScoresCountOutOf100() {
        assertEquals(0, new BigDecimal("60").compareTo(ReviewProgress.overallThresholdOutOf100(SETUP)));
    }
}
