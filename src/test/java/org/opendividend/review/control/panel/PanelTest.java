package org.opendividend.review.control.panel;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.boundary.ReviewSetupView;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.review.control.calibration.ReviewerBiasModel;
import org.opendividend.review.entity.Recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The panel's ranking on a small planted example: reviewer 900 scores 20 points above the others wherever they meet,
 * so the application only they and one other scored ranks below one the fair reviewers scored lower on average.
 */
class PanelTest {

    /** One criterion out of 5 in halves weighing 100 %: a score of s weighs 20 × s out of 100. */
    private static final CriterionView QUALITY = new CriterionView(1L, "品質", "Quality", "", "", 100,
            ScoreScale.ZERO_TO_FIVE_HALVES, new BigDecimal("3"));
    /** Two reviews per application; overall threshold 6 out of 10. */
    private static final ReviewSetupView SETUP = new ReviewSetupView(2, true, new BigDecimal("6"), List.of(QUALITY));
    private static final long GENEROUS = 900;
    private static final long FAIR_1 = 901;
    private static final long FAIR_2 = 902;
    private static final long FAIR_3 = 903;

    private static SubmittedReview review(long application, long reviewer, String score, int confidence) {
        return new SubmittedReview(application, reviewer, "subject-" + reviewer, Map.of(1L, new BigDecimal(score)),
                confidence, Recommendation.FUND);
    }

    private static List<SubmittedReview> planted() {
        List<SubmittedReview> reviews = new ArrayList<>(List.of(
                review(1, GENEROUS, "4.5", 3), review(1, FAIR_1, "3.5", 3),   // raw 80: the generous one's
                review(2, GENEROUS, "4.5", 3), review(2, FAIR_2, "3.5", 3),
                review(3, GENEROUS, "4", 3), review(3, FAIR_3, "3", 3),
                review(4, FAIR_1, "3.5", 3), review(4, FAIR_2, "4", 3),       // raw 75 from fair reviewers only
                review(5, FAIR_2, "3", 3), review(5, FAIR_3, "3", 3),
                review(6, FAIR_3, "5", 3)));                                  // raw 100, but one review of two
        reviews.add(review(99, FAIR_1, "0", 3)); // no longer eligible: left out
        return reviews;
    }

    private static Panel.Row row(Panel panel, long application) {
        return panel.rows().stream().filter(r -> r.applicationId() == application).findFirst().orElseThrow();
    }

    @Test
    void aGenerousReviewersApplicationRanksBelowOneFairReviewersScoredLowerOnAverage() {
        Panel panel = Panel.of(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), planted(), SETUP, ReviewerBiasModel.DEFAULT);

        Panel.Row one = row(panel, 1);
        Panel.Row four = row(panel, 4);
        assertEquals(80.0, one.calibration().orElseThrow().rawMean(), 1e-9);
        assertEquals(75.0, four.calibration().orElseThrow().rawMean(), 1e-9);
        assertTrue(four.calibration().orElseThrow().calibratedScore() > one.calibration().orElseThrow().calibratedScore(),
                "calibrated, the fair reviewers' 75 beats the generous reviewer's 80: " + one + " " + four);
        assertTrue(four.rank() < one.rank(), four.rank() + " before " + one.rank());
        assertEquals(GENEROUS, one.calibration().orElseThrow().largestShare().orElseThrow().reviewerId(),
                "the generous reviewer moved application 1 most");
        assertTrue(one.calibration().orElseThrow().offsetEffect() < 0, "their lean taken off");
        assertTrue(panel.explanation().reviewers().stream().filter(r -> r.reviewerId() == GENEROUS).findFirst()
                .orElseThrow().pointsAboveTypical() > 5, "the planted lean is found");

        // each review's weighted score out of 100, from the one place it is computed
        assertEquals(List.of(new BigDecimal("90.00"), new BigDecimal("70.00")),
                one.reviews().stream().map(Panel.Review::weighted).toList());
        assertEquals(Recommendation.FUND, one.reviews().get(0).recommendation());
        assertEquals(3, one.reviews().get(0).confidence());
        assertTrue(one.scores().meetsThresholds(), "mean 3.5 of 5 ≥ 3 and 80 ≥ 60");
    }

    @Test
    void incompleteApplicationsRankAfterCompleteOnesAndThoseWithoutAReviewAreUnranked() {
        Panel panel = Panel.of(List.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), planted(), SETUP, ReviewerBiasModel.DEFAULT);

        assertEquals(7, panel.rows().size(), "every eligible application, and only those");
        List<Long> order = panel.rows().stream().map(Panel.Row::applicationId).toList();
        assertEquals(6L, order.get(5), "the highest raw mean, but one review of two: after every complete one");
        assertTrue(row(panel, 6).incomplete());
        assertEquals(6, row(panel, 6).rank());
        assertEquals(7L, order.get(6), "no review: last");
        assertFalse(row(panel, 7).ranked());
        assertTrue(row(panel, 7).calibration().isEmpty());
        assertEquals(List.of(1, 2, 3, 4, 5), panel.rows().subList(0, 5).stream().map(Panel.Row::rank).toList());
        for (int i = 1; i < 5; i++) {
            assertTrue(panel.rows().get(i - 1).calibration().orElseThrow().calibratedScore()
                    >= panel.rows().get(i).calibration().orElseThrow().calibratedScore(), "by calibrated score");
        }
        assertTrue(panel.explanation().applications().stream().noneMatch(a -> a.applicationId() == 99),
                "a review of an application no longer eligible counts nowhere");
    }
}
