package org.opendividend.review.control.portfolio;

/**
 * Calibrated scores as the integers CP-SAT needs: round(score × 10⁶). Rounding moves each funded project's value by at
 * most 0.5 × 10⁻⁶, so a portfolio's true and rounded totals differ by at most n × 0.5 × 10⁻⁶ for n candidates, and
 * the portfolio optimal for the integers is optimal for the real scores within n × 10⁻⁶ (0.002 for the benchmark's
 * 2,000 applications, below the 0.01 in which scores are shown). Scores are bounded by ±{@link #MAX_SCORE} (calibrated
 * scores are out of 100), so a total stays below 10¹² × n, far from 2⁶³ and within CP-SAT's coefficient range.
 */
public final class ScaledScore {

    static final double SCALE = 1e6;
    static final double MAX_SCORE = 1e6;

    private ScaledScore() {
    }

    public static long of(double score) {
        return Math.round(score * SCALE);
    }

    static double unscaled(double scaled) {
        return scaled / SCALE;
    }

    static boolean inRange(double score) {
        return Double.isFinite(score) && Math.abs(score) <= MAX_SCORE;
    }

    /** The tolerance stated above, for this many candidates. */
    static double tolerance(int candidates) {
        return candidates / SCALE;
    }
}
