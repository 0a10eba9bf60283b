package org.opendividend.review.control.calibration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationExplanationTest {

    private static final long GENEROUS = 100;
    private static final long ONCE = 101;

    /**
     * Six reviewers score at the quality, two per application; GENEROUS scores ten applications 20 points higher
     * with confidence 2, ONCE the eleventh; every score strays by a noise of 8 points, as real reviews do.
     */
    private static CalibrationExplanation explained() {
        List<ReviewScore> reviews = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (long a = 1; a <= 11; a++) {
            double quality = 30 + 3 * a;
            reviews.add(new ReviewScore(a, a % 6, quality + 8 * random.nextGaussian(), 3));
            reviews.add(new ReviewScore(a, (a + 1) % 6, quality + 8 * random.nextGaussian(), 4));
            reviews.add(new ReviewScore(a, a <= 10 ? GENEROUS : ONCE, quality + 20 + 8 * random.nextGaussian(), 2));
        }
        return CalibrationExplanation.of(ReviewerBiasModel.DEFAULT.calibrate(reviews));
    }

    @Test
    void aReviewerWhoScoresHighAgainAndAgainLeansClearlyAndOneSeenOnceNotClearly() {
        CalibrationExplanation explanation = explained();
        CalibrationExplanation.ReviewerLean generous = lean(explanation, GENEROUS);
        assertEquals(CalibrationExplanation.Lean.GENEROUS, generous.lean());
        assertTrue(generous.pointsAboveTypical() > generous.low() && generous.pointsAboveTypical() < generous.high());
        assertEquals(10, generous.comparedReviews());
        assertEquals(CalibrationExplanation.Lean.NOT_CLEAR, lean(explanation, ONCE).lean());
    }

    @Test
    void anApplicationsAdjustmentIsSplitIntoConfidenceAndOffsetsAndNamesTheReviewerBehindIt() {
        CalibrationExplanation explanation = explained();
        for (CalibrationExplanation.ApplicationAdjustment application : explanation.applications()) {
            assertEquals(application.calibratedScore() - application.rawMean(),
                    application.confidenceEffect() + application.offsetEffect(), 1e-9);
        }
        CalibrationExplanation.ApplicationAdjustment first = explanation.applications().get(0);
        Calibration.OffsetShare largest = first.largestShare().orElseThrow();
        assertEquals(GENEROUS, largest.reviewerId());
        // their review weighs 2/3 of the application's total 3 (confidences 3, 4 and 2): about −0.22 × their offset
        assertTrue(largest.points() < -2, "the generous reviewer's offset lowered the score: " + largest.points());
    }

    @Test
    void theSharesOfTheReviewersAddUpToTheOffsetEffect() {
        Calibration calibration = ReviewerBiasModel.DEFAULT.calibrate(SyntheticReviews.draw(4, 60, 20, 3).reviews());
        for (Calibration.ApplicationScore application : calibration.applications()) {
            assertEquals(application.calibratedScore() - application.weightedMean(),
                    application.shares().stream().mapToDouble(Calibration.OffsetShare::points).sum(), 1e-9);
        }
        assertFalse(CalibrationExplanation.of(calibration).disagreementAssumed(), "60 applications measure the noise");
    }

    @Test
    void aLoneReviewExplainsNothingButItsAssumedDisagreement() {
        CalibrationExplanation explanation = CalibrationExplanation.of(ReviewerBiasModel.DEFAULT.calibrate(
                List.of(new ReviewScore(1, 1, 64, 3))));
        assertTrue(explanation.disagreementAssumed());
        assertEquals(ReviewerBiasModel.DEFAULT_PRIOR_NOISE_SD, explanation.typicalDisagreement(), 1e-9);
        assertTrue(explanation.applications().get(0).largestShare().isEmpty());
        assertEquals(CalibrationExplanation.Lean.NOT_CLEAR, explanation.reviewers().get(0).lean());
    }

    private static CalibrationExplanation.ReviewerLean lean(CalibrationExplanation explanation, long reviewerId) {
        return explanation.reviewers().stream().filter(r -> r.reviewerId() == reviewerId).findFirst().orElseThrow();
    }
}
