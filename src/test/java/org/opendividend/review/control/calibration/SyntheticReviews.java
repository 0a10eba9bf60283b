package org.opendividend.review.control.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Reviews drawn from the model itself, with the truth kept for the assertions: applications of known quality in
 * [20, 75], reviewers with planted offsets in [−10, +10] (centred, since only offsets relative to each other can be
 * recovered), noise of standard deviation {@code noiseSd} for a review of middle confidence (wider for less confident
 * reviews, as the confidence weights assume; confidences drawn from 1 to 5). Each application is scored by 3 or 4
 * distinct reviewers, the least loaded ones first (ties drawn at random), as the assignment solver balances loads.
 */
record SyntheticReviews(List<ReviewScore> reviews, double[] quality, double[] offset) {

    static SyntheticReviews draw(long seed, int applications, int reviewers, double noiseSd) {
        Random random = new Random(seed);
        double[] quality = new double[applications];
        for (int a = 0; a < applications; a++) {
            quality[a] = 20 + 55 * random.nextDouble();
        }
        double[] offset = new double[reviewers];
        for (int r = 0; r < reviewers; r++) {
            offset[r] = -10 + 20 * random.nextDouble();
        }
        double mean = Arrays.stream(offset).average().orElse(0);
        for (int r = 0; r < reviewers; r++) {
            offset[r] -= mean;
        }
        int[] load = new int[reviewers];
        List<ReviewScore> reviews = new ArrayList<>();
        for (int a = 0; a < applications; a++) {
            double[] tieBreak = random.doubles(reviewers).toArray();
            List<Integer> leastLoaded = IntStream.range(0, reviewers).boxed()
                    .sorted(Comparator.<Integer>comparingInt(r -> load[r]).thenComparingDouble(r -> tieBreak[r])).toList();
            for (int r : leastLoaded.subList(0, 3 + random.nextInt(2))) {
                load[r]++;
                int confidence = 1 + random.nextInt(5);
                double noise = random.nextGaussian() * noiseSd * Math.sqrt(ReviewScore.MIDDLE_CONFIDENCE / confidence);
                double score = Math.max(0, Math.min(100, quality[a] + offset[r] + noise));
                reviews.add(new ReviewScore(a, r, score, confidence));
            }
        }
        return new SyntheticReviews(reviews, quality, offset);
    }
}
