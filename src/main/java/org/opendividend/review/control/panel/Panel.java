package org.opendividend.review.control.panel;

import org.opendividend.calls.boundary.ReviewSetupView;
import org.opendividend.review.control.ReviewProgress;
import org.opendividend.review.control.WeightedScore;
import org.opendividend.review.control.calibration.Calibration;
import org.opendividend.review.control.calibration.CalibrationExplanation;
import org.opendividend.review.control.calibration.ReviewScore;
import org.opendividend.review.control.calibration.ReviewerBiasModel;
import org.opendividend.review.entity.Recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A call's panel (issue #11, items 1 and 2): every eligible application with its submitted reviews (each one's
 * weighted score out of 100, confidence and recommendation), its criteria's means against the call's thresholds, and
 * its raw mean beside its calibrated score with the 95 % interval ({@link ReviewerBiasModel}); ranked by calibrated
 * score, the applications with all the reviews the call asks for first, then those with fewer (marked), then those
 * with none (unranked). The explanation of the calibration comes with it ({@link CalibrationExplanation}).
 */
public record Panel(List<Row> rows, CalibrationExplanation explanation) {

    public Panel {
        rows = List.copyOf(rows);
    }

    /** One review as the panel shows it. */
    public record Review(long reviewerPersonId, String reviewerSubject, BigDecimal weighted, int confidence,
                         Recommendation recommendation) {
    }

    /**
     * One eligible application.
     *
     * @param rank        its place in the ranking, from 1; 0 while it has no submitted review
     * @param scores      its criteria's means and the weighted mean against the thresholds ({@link ReviewProgress})
     * @param calibration its raw mean, calibrated score and interval and what moved it; empty without a review
     */
    public record Row(long applicationId, int rank, int reviewsNeeded, List<Review> reviews,
                      ReviewProgress.ApplicationScores scores,
                      Optional<CalibrationExplanation.ApplicationAdjustment> calibration) {

        public Row {
            reviews = List.copyOf(reviews);
        }

        /** Fewer reviews submitted than the call asks for: ranked after the complete ones. */
        public boolean incomplete() {
            return reviews.size() < reviewsNeeded;
        }

        public boolean ranked() {
            return rank > 0;
        }
    }

    /**
     * The panel of the eligible applications (by id) with the call's submitted reviews; reviews of other
     * applications (no longer eligible) are left out of the rows and of the calibration.
     */
    public static Panel of(List<Long> eligible, List<SubmittedReview> submitted, ReviewSetupView setup,
                           ReviewerBiasModel model) {
        List<SubmittedReview> kept = submitted.stream().filter(r -> eligible.contains(r.applicationId())).toList();
        Map<Long, List<Review>> reviews = kept.stream().collect(Collectors.groupingBy(SubmittedReview::applicationId,
                Collectors.mapping(r -> review(r, setup), Collectors.toList())));
        Calibration calibration = model.calibrate(kept.stream().map(r -> new ReviewScore(r.applicationId(),
                r.reviewerPersonId(), review(r, setup).weighted().doubleValue(), r.confidence())).toList());
        CalibrationExplanation explanation = CalibrationExplanation.of(calibration);
        ReviewProgress progress = ReviewProgress.of(eligible, kept.stream().map(r -> new ReviewProgress.Entry(
                r.applicationId(), false, false, false, true, false, false, r.scores())).toList(), setup);

        List<Row> unranked = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            long id = eligible.get(i);
            unranked.add(new Row(id, 0, setup.reviewsPerApplication(), reviews.getOrDefault(id, List.of()),
                    progress.applications().get(i),
                    explanation.applications().stream().filter(a -> a.applicationId() == id).findFirst()));
        }
        List<Row> ordered = unranked.stream().sorted(RANKING).toList();
        List<Row> rows = new ArrayList<>();
        for (Row row : ordered) {
            int rank = row.calibration().isPresent() ? rows.size() + 1 : 0;
            rows.add(new Row(row.applicationId(), rank, row.reviewsNeeded(), row.reviews(), row.scores(),
                    row.calibration()));
        }
        return new Panel(rows, explanation);
    }

    /** Complete ones before incomplete ones before those without a review; then the higher calibrated score; then id. */
    private static final Comparator<Row> RANKING = Comparator
            .comparingInt((Row row) -> row.calibration().isEmpty() ? 2 : row.incomplete() ? 1 : 0)
            .thenComparing(row -> -row.calibration().map(CalibrationExplanation.ApplicationAdjustment::calibratedScore)
                    .orElse(0.0))
            .thenComparingLong(Row::applicationId);

    /** A submitted review's weighted score from the one place it is computed; a submitted review scores every criterion. */
    private static Review review(SubmittedReview r, ReviewSetupView setup) {
        BigDecimal weighted = WeightedScore.of(r.scores(), setup.criteria()).orElseThrow(() -> new IllegalStateException(
                "a submitted review of application " + r.applicationId() + " leaves a criterion unscored"));
        return new Review(r.reviewerPersonId(), r.reviewerSubject(), weighted, r.confidence(), r.recommendation());
    }
}
