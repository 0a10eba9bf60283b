package org.opendividend.review.control.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Calibrates a call's review scores for reviewer bias. The model: a review's score = the application's quality + the
 * reviewer's offset (how generous or harsh they score) + noise. It is fitted by weighted, regularised least squares:
 * <ul>
 * <li>weighted by confidence: a review counts in proportion to the confidence its reviewer declared
 * ({@link ReviewScore#weight()}: confidence / 3);</li>
 * <li>regularised (ridge): every offset is pulled toward 0 with the strength of {@code offsetPenalty} reviews of
 * middle confidence, so a reviewer with one review gets a small offset and only a reviewer who scores above (or
 * below) the others again and again gets a large one;</li>
 * <li>identified by the penalty alone: adding a constant to every offset of reviewers who share applications and
 * taking it from those applications' qualities explains the scores equally well, and of all those the penalty picks
 * the one whose offsets add up to 0. So offsets are relative to the reviewers one was compared with, and groups of
 * reviewers who share no application (disconnected) are each centred on 0: nothing in the scores could tell whether
 * one group as a whole is harsher than another. A calibrated score is thus the score the typical reviewer of the
 * group (offset 0) would give.</li>
 * </ul>
 * Qualities carry no penalty: an application's calibrated score is the confidence-weighted mean of its scores, each
 * with its reviewer's offset taken off. The solution is exact (see {@link BiasFit}) and deterministic: the same
 * reviews in any order give the same numbers to the last bit.
 * <p>
 * The uncertainty interval: the noise (how much a review of middle confidence strays from quality + offset) is
 * measured from what the fit leaves unexplained, blended with an assumed noise of {@code priorNoiseSd} points that
 * counts as {@code priorNoiseWeight} comparisons, so that intervals are never 0 or undefined when the data cannot
 * measure the noise (one review per application, reviewers who all agree). The standard error of a calibrated score
 * is that noise times the square root of the score's variance in the fit; it shrinks with more and more confident
 * reviews and grows with reviewers whose offset is known from few reviews. The interval is ±1.96 standard errors:
 * were the model right, 95 of 100 such intervals would hold the application's quality (the synthetic tests find
 * 96).
 */
public final class ReviewerBiasModel {

    /** A reviewer's offset is pulled toward 0 as strongly as one review of middle confidence would pull it. */
    public static final double DEFAULT_OFFSET_PENALTY = 1.0;
    /** Reviewers of the same application typically differ by about ten points out of 100. */
    public static final double DEFAULT_PRIOR_NOISE_SD = 10.0;
    /** The assumed noise counts as two comparisons: a call with a few dozen reviews measures its own. */
    public static final double DEFAULT_PRIOR_NOISE_WEIGHT = 2.0;

    public static final ReviewerBiasModel DEFAULT = new ReviewerBiasModel(DEFAULT_OFFSET_PENALTY,
            DEFAULT_PRIOR_NOISE_SD, DEFAULT_PRIOR_NOISE_WEIGHT);

    private static final Comparator<ReviewScore> ORDER = Comparator.comparingLong(ReviewScore::applicationId)
            .thenComparingLong(ReviewScore::reviewerId);

    private final double offsetPenalty;
    private final double priorNoiseSd;
    private final double priorNoiseWeight;

    /** All three must be positive: the penalty makes the system solvable, the prior keeps intervals defined. */
    public ReviewerBiasModel(double offsetPenalty, double priorNoiseSd, double priorNoiseWeight) {
        if (!(offsetPenalty > 0 && priorNoiseSd > 0 && priorNoiseWeight > 0)
                || Double.isInfinite(offsetPenalty + priorNoiseSd + priorNoiseWeight)) {
            throw new IllegalArgumentException("the offset penalty and the prior noise must be positive and finite");
        }
        this.offsetPenalty = offsetPenalty;
        this.priorNoiseSd = priorNoiseSd;
        this.priorNoiseWeight = priorNoiseWeight;
    }

    /** The calibration of submitted reviews; a reviewer may score an application once. */
    public Calibration calibrate(Collection<ReviewScore> reviews) {
        List<ReviewScore> sorted = reviews.stream().sorted(ORDER).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException("reviewer " + sorted.get(i).reviewerId() + " scored application "
                        + sorted.get(i).applicationId() + " twice");
            }
        }
        if (sorted.isEmpty()) {
            return new Calibration(List.of(), List.of(), new Calibration.Noise(priorNoiseSd, 0, priorNoiseSd, priorNoiseWeight));
        }
        BiasFit fit = BiasFit.of(sorted, offsetPenalty);
        // rounding may leave the parameters a hair above the reviews when nothing is left to measure the noise
        double degreesOfFreedom = Math.max(0, sorted.size() - fit.effectiveParameters());
        double variance = (priorNoiseWeight * priorNoiseSd * priorNoiseSd + fit.weightedResidualSquares())
                / (priorNoiseWeight + degreesOfFreedom);
        Calibration.Noise noise = new Calibration.Noise(Math.sqrt(variance), degreesOfFreedom, priorNoiseSd, priorNoiseWeight);
        return new Calibration(applications(fit, variance), reviewers(fit, variance), noise);
    }

    private static List<Calibration.ApplicationScore> applications(BiasFit fit, double variance) {
        List<Calibration.ApplicationScore> applications = new ArrayList<>();
        for (int a = 0; a < fit.applicationIds.length; a++) {
            List<ReviewScore> reviews = fit.reviewsOf.get(a);
            List<Calibration.OffsetShare> shares = new ArrayList<>();
            for (int i = 0; i < reviews.size(); i++) {
                shares.add(new Calibration.OffsetShare(reviews.get(i).reviewerId(),
                        -reviews.get(i).weight() * fit.offset[fit.reviewerOf[a][i]] / fit.totalWeight[a]));
            }
            double rawMean = reviews.stream().mapToDouble(ReviewScore::score).sum() / reviews.size();
            applications.add(new Calibration.ApplicationScore(fit.applicationIds[a], reviews.size(), rawMean,
                    fit.weightedSum(a) / fit.totalWeight[a], fit.quality[a],
                    Math.sqrt(variance * fit.qualityVariance(a)), shares));
        }
        return applications;
    }

    private static List<Calibration.ReviewerOffset> reviewers(BiasFit fit, double variance) {
        int[] reviews = new int[fit.reviewerIds.length];
        int[] compared = new int[fit.reviewerIds.length];
        for (int[] reviewersOfApplication : fit.reviewerOf) {
            for (int r : reviewersOfApplication) {
                reviews[r]++;
                if (reviewersOfApplication.length > 1) {
                    compared[r]++;
                }
            }
        }
        List<Calibration.ReviewerOffset> reviewers = new ArrayList<>();
        for (int r = 0; r < fit.reviewerIds.length; r++) {
            reviewers.add(new Calibration.ReviewerOffset(fit.reviewerIds[r], reviews[r], compared[r], fit.offset[r],
                    Math.sqrt(variance * fit.offsetVariance(r))));
        }
        return reviewers;
    }
}
