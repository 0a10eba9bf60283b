package org.opendividend.awards.control.disbursement;

import org.opendividend.awards.entity.AwardPart;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A tranche split among the ministries that fund an award, in proportion to their parts of it: whole TWD, by the
 * largest remainder (each share rounded down, the TWD left over going one each to the largest fractions, the earlier
 * part first on a tie), so that the shares add up to the tranche exactly. Pure arithmetic.
 */
public final class TrancheSplit {

    private TrancheSplit() {
    }

    /** Each ministry's share of the tranche, in the order of the award's parts (a part of zero gets zero). */
    public static Map<String, Long> of(long trancheAmount, List<AwardPart> parts) {
        if (trancheAmount < 0) {
            throw new IllegalArgumentException("a tranche is not negative");
        }
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.amount() < 0)) {
            throw new IllegalArgumentException("an award is paid by at least one ministry, none negatively");
        }
        BigInteger total = BigInteger.valueOf(parts.stream().mapToLong(AwardPart::amount).sum());
        if (total.signum() == 0) {
            throw new IllegalArgumentException("an award's parts add up to more than zero");
        }
        BigInteger tranche = BigInteger.valueOf(trancheAmount);
        long[] shares = new long[parts.size()];
        BigInteger[] remainders = new BigInteger[parts.size()];
        long given = 0;
        for (int i = 0; i < parts.size(); i++) {
            BigInteger[] qr = tranche.multiply(BigInteger.valueOf(parts.get(i).amount())).divideAndRemainder(total);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += shares[i];
        }
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, parts.size()).boxed().toList());
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; given < trancheAmount; k++) {
            shares[byRemainder.get(k)]++;
            given++;
        }
        Map<String, Long> split = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            split.merge(parts.get(i).ministryCode(), shares[i], Long::sum);
        }
        return split;
    }
}
