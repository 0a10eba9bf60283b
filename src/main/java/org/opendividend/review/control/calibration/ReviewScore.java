package org.opendividend.review.control.calibration;

/**
 * One submitted review as calibration reads it: which reviewer (a person id) scored which application, the review's
 * weighted score out of 100 ({@code WeightedScore}) and the confidence (1 to 5) the reviewer declared.
 */
public record ReviewScore(long applicationId, long reviewerId, double score, int confidence) {

    public static final int LOWEST_CONFIDENCE = 1;
    public static final int HIGHEST_CONFIDENCE = 5;
    /** The middle of the confidence scale: a review of this confidence weighs 1. */
    static final double MIDDLE_CONFIDENCE = 3.0;

    public ReviewScore {
        if (!Double.isFinite(score) || score < 0 || score > 100) {
            throw new IllegalArgumentException("a weighted score lies between 0 and 100, not " + score);
        }
        if (confidence < LOWEST_CONFIDENCE || confidence > HIGHEST_CONFIDENCE) {
            throw new IllegalArgumentException("a confidence lies between 1 and 5, not " + confidence);
        }
    }

    /**
     * How much this review counts in the least squares: proportional to the confidence, so that a review of
     * confidence 5 counts five times one of confidence 1. Statistically it says a confident reviewer's noise has a
     * fifth of the variance of an unsure one's. Scaled so that the middle confidence (3) weighs 1, which lets the
     * model's other settings be read in "reviews of middle confidence".
     */
    double weight() {
        return confidence / MIDDLE_CONFIDENCE;
    }
}
