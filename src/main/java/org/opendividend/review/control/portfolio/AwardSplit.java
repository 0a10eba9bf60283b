package org.opendividend.review.control.portfolio;

import java.math.BigInteger;

/**
 * How an award of whole TWD is split among the call's ministries in the proportions of their shares: each ministry
 * first gets the floor of its exact part (amount × share / total of shares), then the TWD left over (fewer than the
 * number of ministries) go one each to the ministries with the largest remainders, ties to the ministry listed first
 * (largest remainders: the parts add up to the award exactly and none is off its exact part by a whole TWD).
 * <p>
 * The solver charges each ministry's budget with exactly these parts, so a portfolio within every ministry's budget
 * stays within it when the awards are split: whoever splits an award (the decision, the offer) must use this class.
 * Products are taken in BigInteger: an award of 10⁸ TWD times a share of 10¹¹ TWD overflows a long.
 */
public final class AwardSplit {

    private AwardSplit() {
    }

    /** The parts of {@code amount} by ministry, in the order of {@code shares}; they add up to {@code amount}. */
    public static long[] of(long amount, long[] shares) {
        BigInteger total = BigInteger.ZERO;
        for (long share : shares) {
            if (share < 0) {
                throw new IllegalArgumentException("a negative share");
            }
            total = total.add(BigInteger.valueOf(share));
        }
        if (amount < 0 || total.signum() == 0) {
            throw new IllegalArgumentException("a negative amount, or no share to split it by");
        }
        long[] parts = new long[shares.length];
        BigInteger[] remainders = new BigInteger[shares.length];
        long left = amount;
        for (int m = 0; m < shares.length; m++) {
            BigInteger[] division = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(shares[m]))
                    .divideAndRemainder(total);
            parts[m] = division[0].longValueExact();
            remainders[m] = division[1];
            left -= parts[m];
        }
        for (; left > 0; left--) {
            int largest = -1;
            for (int m = 0; m < shares.length; m++) {
                if (remainders[m].signum() > 0 && (largest < 0 || remainders[m].compareTo(remainders[largest]) > 0)) {
                    largest = m;
                }
            }
            parts[largest]++;
            remainders[largest] = BigInteger.ZERO;
        }
        return parts;
    }
}
