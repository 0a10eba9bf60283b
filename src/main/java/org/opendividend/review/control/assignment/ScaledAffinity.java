package org.opendividend.review.control.assignment;

/**
 * Affinities as the integers both solvers need: round(affinity × 10⁹). Rounding moves each chosen pair's value by at
 * most 0.5 × 10⁻⁹, so two assignments of K reviews differ in their true and their rounded totals by at most K × 10⁻⁹:
 * the assignment optimal for the integers is optimal for the real affinities within that tolerance (3 × 10⁻⁵ for the
 * 30,000 reviews of the benchmark, far below the 10⁻³ that separates two real choices of text similarity). The
 * integers stay small enough for min-cost flow, which multiplies costs by the number of nodes + 1: 1.2 × 10⁹ × 13,001
 * ≈ 1.6 × 10¹³ for the benchmark, far below 2⁶³.
 */
public final class ScaledAffinity {

    static final double SCALE = 1e9;

    private ScaledAffinity() {
    }

    public static long of(double affinity) {
        return Math.round(affinity * SCALE);
    }

    /** The tolerance stated above for an assignment of this many reviews. */
    static double tolerance(long reviews) {
        return reviews / SCALE;
    }
}
