package org.opendividend.review.control.calibration;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The facts a page prints to explain a {@link Calibration} in plain words, as numbers (the page words them in its
 * language):
 * <ul>
 * <li>per reviewer: "scores on average {@code pointsAboveTypical} points above (below) what a typical reviewer
 * would give the same application, compared with others on {@code comparedReviews} reviews", and whether that lean
 * is clear from the data;</li>
 * <li>per application: "raw mean {@code rawMean}, calibrated {@code calibratedScore} ± {@code halfWidth}; weighting
 * by confidence moved it {@code confidenceEffect} points, the reviewers' offsets {@code offsetEffect}, most of it
 * reviewer X's";</li>
 * <li>once: "reviewers of the same application typically differ by {@code typicalDisagreement} points beyond their
 * lean", and whether that figure was assumed rather than measured.</li>
 * </ul>
 */
public record CalibrationExplanation(double typicalDisagreement, boolean disagreementAssumed,
                                     List<ReviewerLean> reviewers, List<ApplicationAdjustment> applications) {

    /** Less than what a page showing one decimal can show: such a share names no reviewer. */
    static final double NEGLIGIBLE_POINTS = 0.05;

    public CalibrationExplanation {
        reviewers = List.copyOf(reviewers);
        applications = List.copyOf(applications);
    }

    /** Whether a reviewer's lean is clear: their offset's 95 % interval lies wholly above or below 0. */
    public enum Lean {
        GENEROUS, HARSH, NOT_CLEAR
    }

    /**
     * A reviewer's lean: their offset, the points they score above (negative: below) the typical reviewer, whose
     * offset is the mean of the reviewers they were compared with (directly or through others); low and high bound
     * its 95 % interval.
     */
    public record ReviewerLean(long reviewerId, int reviews, int comparedReviews, double pointsAboveTypical,
                               double low, double high, Lean lean) {
    }

    /**
     * What calibration did to an application. {@code confidenceEffect + offsetEffect = calibratedScore − rawMean}.
     *
     * @param confidenceEffect the points weighting its reviews by confidence moved the mean
     * @param offsetEffect     the points its reviewers' offsets moved it (negative when generous reviewers scored it)
     * @param largestShare     the reviewer whose offset moved it most, with the points; empty when none moved it by
     *                         a shown amount
     */
    public record ApplicationAdjustment(long applicationId, int reviews, double rawMean, double calibratedScore,
                                        double halfWidth, double confidenceEffect, double offsetEffect,
                                        Optional<Calibration.OffsetShare> largestShare) {
    }

    public static CalibrationExplanation of(Calibration calibration) {
        List<ReviewerLean> reviewers = calibration.reviewers().stream().map(CalibrationExplanation::lean).toList();
        List<ApplicationAdjustment> applications = calibration.applications().stream()
                .map(CalibrationExplanation::adjustment).toList();
        return new CalibrationExplanation(calibration.noise().sd(), calibration.noise().mostlyAssumed(), reviewers,
                applications);
    }

    private static ReviewerLean lean(Calibration.ReviewerOffset reviewer) {
        double halfWidth = Calibration.INTERVAL_Z * reviewer.standardError();
        double low = reviewer.offset() - halfWidth;
        double high = reviewer.offset() + halfWidth;
        Lean lean = low > 0 ? Lean.GENEROUS : high < 0 ? Lean.HARSH : Lean.NOT_CLEAR;
        return new ReviewerLean(reviewer.reviewerId(), reviewer.reviews(), reviewer.comparedReviews(),
                reviewer.offset(), low, high, lean);
    }

    private static ApplicationAdjustment adjustment(Calibration.ApplicationScore application) {
        Optional<Calibration.OffsetShare> largest = application.shares().stream()
                .filter(share -> Math.abs(share.points()) >= NEGLIGIBLE_POINTS)
                .max(Comparator.comparingDouble((Calibration.OffsetShare share) -> Math.abs(share.points()))
                        .thenComparing(share -> -share.reviewerId())); // a tie names the lower id, always the same
        return new ApplicationAdjustment(application.applicationId(), application.reviews(), application.rawMean(),
                application.calibratedScore(), application.halfWidth(),
                application.weightedMean() - application.rawMean(),
                application.calibratedScore() - application.weightedMean(), largest);
    }
}
