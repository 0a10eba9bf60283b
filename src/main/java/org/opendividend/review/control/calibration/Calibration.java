package org.opendividend.review.control.calibration;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ReviewerBiasModel} found for a call's reviews: per application its raw and calibrated scores with an
 * uncertainty interval, per reviewer their offset, and how much reviewers disagree beyond their offsets. Applications
 * are ordered by id, reviewers by id. All numbers are points on the 0–100 scale of weighted scores.
 */
public record Calibration(List<ApplicationScore> applications, List<ReviewerOffset> reviewers, Noise noise) {

    /** The multiple of the standard error on each side of an estimate that makes a 95 % interval (normal law). */
    public static final double INTERVAL_Z = 1.96;

    public Calibration {
        applications = List.copyOf(applications);
        reviewers = List.copyOf(reviewers);
    }

    public Optional<ApplicationScore> application(long applicationId) {
        return applications.stream().filter(a -> a.applicationId() == applicationId).findFirst();
    }

    public Optional<ReviewerOffset> reviewer(long reviewerId) {
        return reviewers.stream().filter(r -> r.reviewerId() == reviewerId).findFirst();
    }

    /**
     * One application.
     *
     * @param rawMean         the plain mean of its reviews' scores, as officers saw it before calibration
     * @param weightedMean    the mean of its reviews' scores weighted by confidence
     * @param calibratedScore the estimate of its quality, the score a typical reviewer would give: the
     *                        confidence-weighted mean of its scores, each with its reviewer's offset taken off
     * @param standardError   how far the calibrated score may typically be from the quality; it grows with fewer and
     *                        less confident reviews, with the disagreement between reviewers, and with reviewers
     *                        whose offset is itself known from few reviews
     * @param shares          per review, the points its reviewer's offset moved the calibrated score away from the
     *                        weighted mean (negative for a generous reviewer): they add up to
     *                        calibratedScore − weightedMean
     */
    public record ApplicationScore(long applicationId, int reviews, double rawMean, double weightedMean,
                                   double calibratedScore, double standardError, List<OffsetShare> shares) {

        public ApplicationScore {
            shares = List.copyOf(shares);
        }

        /**
         * The low end of the 95 % interval: if the model holds (a reviewer's score is the quality plus their
         * offset plus noise), the application's quality lies between {@link #low()} and {@link #high()} in 95 of 100
         * cases. Not cut to 0–100, so that its width stays honest.
         */
        public double low() {
            return calibratedScore - halfWidth();
        }

        public double high() {
            return calibratedScore + halfWidth();
        }

        /** The "±" of the interval. */
        public double halfWidth() {
            return INTERVAL_Z * standardError;
        }
    }

    /** The points one reviewer's offset moved an application's calibrated score (their review's weight share). */
    public record OffsetShare(long reviewerId, double points) {
    }

    /**
     * One reviewer.
     *
     * @param reviews         their reviews in this calibration
     * @param comparedReviews those of their reviews on applications someone else reviewed too: only these say
     *                        anything about their offset (a reviewer with none has offset 0)
     * @param offset          how many points they score on average above (negative: below) what the typical
     *                        reviewer would give the same application, pulled toward 0 the fewer reviews they have;
     *                        the typical reviewer is the mean of their group ({@link ReviewerBiasModel}), so the
     *                        offsets of a group add up to 0
     * @param standardError   how far the offset may typically be from the reviewer's true lean
     */
    public record ReviewerOffset(long reviewerId, int reviews, int comparedReviews, double offset,
                                 double standardError) {
    }

    /**
     * How much a review of middle confidence (3) differs from the application's quality beyond its reviewer's offset.
     *
     * @param sd               the noise's standard deviation, in points
     * @param degreesOfFreedom how many independent comparisons the data offered to measure it (reviews less the
     *                         numbers estimated); 0 when every application has one review
     * @param priorSd          the noise assumed before looking at the data, which counts as {@code priorWeight}
     *                         comparisons: it keeps the intervals honest when the data cannot measure the noise
     */
    public record Noise(double sd, double degreesOfFreedom, double priorSd, double priorWeight) {

        /** Whether the assumption weighed more than the data in {@link #sd()}. */
        public boolean mostlyAssumed() {
            return degreesOfFreedom < priorWeight;
        }
    }
}
