package org.opendividend.review.control.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The least squares of {@link ReviewerBiasModel}, solved exactly: minimise
 * Σ wᵢ (scoreᵢ − quality(application) − offset(reviewer))² + penalty × Σ offset², wᵢ the review's weight.
 * <p>
 * The normal equations have one unknown per application and one per reviewer, but an application's quality meets
 * only its own reviews (its block of the matrix is diagonal), so the qualities are eliminated first: what is left is
 * the reviewers' system S·offset = rhs (the Schur complement), small (one row per reviewer), symmetric and positive
 * definite because the penalty is positive. It is solved with {@link Cholesky}; then every quality is the weighted
 * mean of its scores less its reviewers' offsets. S⁻¹ is kept: in units of the noise variance it is the covariance of
 * the offsets, from which the qualities' variances follow.
 */
final class BiasFit {

    final long[] applicationIds;
    final long[] reviewerIds;
    final List<List<ReviewScore>> reviewsOf; // per application, ordered by reviewer
    final int[][] reviewerOf; // per application and review: the reviewer's index
    final double[] totalWeight; // per application: the sum of its reviews' weights
    final double[] offset;
    final double[] quality;
    final double[][] offsetCovariance; // S⁻¹
    private final double penalty;
    private final ReviewerGroups groups;
    private final double[][] covarianceWithSum; // per group g and reviewer r: Cov(offset r, sum of g's offsets)
    private final double[] varianceOfSum; // per group: Var(sum of its offsets)

    private BiasFit(List<ReviewScore> sorted, double penalty) {
        this.penalty = penalty;
        Map<Long, List<ReviewScore>> byApplication = new TreeMap<>();
        Map<Long, Integer> reviewerIndex = new TreeMap<>();
        for (ReviewScore review : sorted) {
            byApplication.computeIfAbsent(review.applicationId(), id -> new ArrayList<>()).add(review);
            reviewerIndex.put(review.reviewerId(), 0);
        }
        reviewerIds = new long[reviewerIndex.size()];
        int next = 0;
        for (Map.Entry<Long, Integer> reviewer : reviewerIndex.entrySet()) {
            reviewer.setValue(next);
            reviewerIds[next++] = reviewer.getKey();
        }
        applicationIds = byApplication.keySet().stream().mapToLong(Long::longValue).toArray();
        reviewsOf = List.copyOf(byApplication.values());
        reviewerOf = new int[applicationIds.length][];
        totalWeight = new double[applicationIds.length];
        for (int a = 0; a < applicationIds.length; a++) {
            List<ReviewScore> reviews = reviewsOf.get(a);
            reviewerOf[a] = reviews.stream().mapToInt(r -> reviewerIndex.get(r.reviewerId())).toArray();
            totalWeight[a] = reviews.stream().mapToDouble(ReviewScore::weight).sum();
        }
        offset = new double[reviewerIds.length];
        quality = new double[applicationIds.length];
        offsetCovariance = solve();
        groups = ReviewerGroups.of(reviewerIds.length, reviewerOf);
        covarianceWithSum = new double[groups.count()][reviewerIds.length];
        varianceOfSum = new double[groups.count()];
        for (int r = 0; r < reviewerIds.length; r++) {
            for (int other = 0; other < reviewerIds.length; other++) {
                covarianceWithSum[groups.of(other)][r] += offsetCovariance[r][other];
            }
        }
        for (int r = 0; r < reviewerIds.length; r++) {
            varianceOfSum[groups.of(r)] += covarianceWithSum[groups.of(r)][r];
        }
    }

    /** The fit of reviews ordered by application and reviewer (the order fixes the rounding: same input, same bits). */
    static BiasFit of(List<ReviewScore> sorted, double penalty) {
        return new BiasFit(sorted, penalty);
    }

    private double[][] solve() {
        int reviewers = reviewerIds.length;
        double[][] s = new double[reviewers][reviewers];
        double[] rhs = new double[reviewers];
        for (int r = 0; r < reviewers; r++) {
            s[r][r] = penalty;
        }
        for (int a = 0; a < applicationIds.length; a++) {
            List<ReviewScore> reviews = reviewsOf.get(a);
            double weightedSum = weightedSum(a);
            for (int i = 0; i < reviews.size(); i++) {
                double wi = reviews.get(i).weight();
                int ri = reviewerOf[a][i];
                s[ri][ri] += wi;
                rhs[ri] += wi * reviews.get(i).score() - wi * weightedSum / totalWeight[a];
                for (int j = 0; j < reviews.size(); j++) {
                    s[ri][reviewerOf[a][j]] -= wi * reviews.get(j).weight() / totalWeight[a];
                }
            }
        }
        Cholesky cholesky = Cholesky.of(s);
        System.arraycopy(cholesky.solve(rhs), 0, offset, 0, reviewers);
        for (int a = 0; a < applicationIds.length; a++) {
            quality[a] = (weightedSum(a) - offsetSum(a)) / totalWeight[a];
        }
        return cholesky.inverse();
    }

    /** Σ wᵢ scoreᵢ over the application's reviews. */
    double weightedSum(int a) {
        return reviewsOf.get(a).stream().mapToDouble(r -> r.weight() * r.score()).sum();
    }

    /** Σ wᵢ offset(reviewerᵢ) over the application's reviews. */
    double offsetSum(int a) {
        double sum = 0;
        for (int i = 0; i < reviewerOf[a].length; i++) {
            sum += reviewsOf.get(a).get(i).weight() * offset[reviewerOf[a][i]];
        }
        return sum;
    }

    /** Σ wᵢ residualᵢ²: what the model leaves unexplained. */
    double weightedResidualSquares() {
        double sum = 0;
        for (int a = 0; a < applicationIds.length; a++) {
            for (int i = 0; i < reviewerOf[a].length; i++) {
                ReviewScore review = reviewsOf.get(a).get(i);
                double residual = review.score() - quality[a] - offset[reviewerOf[a][i]];
                sum += review.weight() * residual * residual;
            }
        }
        return sum;
    }

    /**
     * How many numbers the fit really estimated: one per application and one per reviewer, less what the penalty
     * holds back (the trace of the hat matrix, applications + reviewers − penalty × trace S⁻¹). The reviews beyond
     * it measure the noise.
     */
    double effectiveParameters() {
        double trace = 0;
        for (int r = 0; r < reviewerIds.length; r++) {
            trace += offsetCovariance[r][r];
        }
        return applicationIds.length + reviewerIds.length - penalty * trace;
    }

    /**
     * The variance of the application's quality in units of the noise variance: 1 / (its total weight), from its own
     * reviews' noise, plus the variance of the weighted mean of its reviewers' offsets (cᵀ S⁻¹ c / total weight²),
     * given that its group's offsets add up to 0 (see {@link #givenCentredGroup}).
     */
    double qualityVariance(int a) {
        double offsetPart = 0;
        List<ReviewScore> reviews = reviewsOf.get(a);
        int group = groups.of(reviewerOf[a][0]);
        double withSum = 0; // Cov(quality, sum of the group's offsets): the (quality, offset) block is −D⁻¹ C S⁻¹
        for (int i = 0; i < reviews.size(); i++) {
            double wi = reviews.get(i).weight();
            withSum -= wi * covarianceWithSum[group][reviewerOf[a][i]] / totalWeight[a];
            for (int j = 0; j < reviews.size(); j++) {
                offsetPart += wi * reviews.get(j).weight() * offsetCovariance[reviewerOf[a][i]][reviewerOf[a][j]];
            }
        }
        return givenCentredGroup(1 / totalWeight[a] + offsetPart / (totalWeight[a] * totalWeight[a]),
                withSum, group);
    }

    /** The variance of the reviewer's offset in units of the noise variance, given that its group's add up to 0. */
    double offsetVariance(int r) {
        int group = groups.of(r);
        return givenCentredGroup(offsetCovariance[r][r], covarianceWithSum[group][r], group);
    }

    /**
     * A variance given that the offsets of the group add up to 0 (the Gaussian conditional: variance −
     * covariance with the sum² / variance of the sum). The fit puts them there, and a score is "what the average
     * reviewer of its group would give": the penalty's doubt about the group's overall level is no doubt about
     * that, so it is taken out of the intervals. Rounding may leave a hair below 0 where nothing is uncertain.
     */
    private double givenCentredGroup(double variance, double withSum, int group) {
        return Math.max(0, variance - withSum * withSum / varianceOfSum[group]);
    }
}
