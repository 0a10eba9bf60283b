package org.opendividend.review.control.portfolio;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every limit of a portfolio checked on a result, independently of the solver's model (plain sums over the funded
 * candidates, the ministries' parts as {@link AwardSplit} splits the awards): the call's budget, each ministry's budget,
 * each money quota and each language to cover, the last two only where a candidate can meet them. Used by the tests
 * against brute force and by the benchmark on its large instance.
 */
public final class PortfolioRules {

    private PortfolioRules() {
    }

    /** Whether the funded candidates (by index) keep every limit of the instance. */
    public static boolean kept(PortfolioInstance instance, boolean[] funded) {
        List<PortfolioInstance.Candidate> candidates = instance.candidates();
        long spent = 0;
        long[] paid = new long[instance.ministries().size()];
        for (int i = 0; i < funded.length; i++) {
            if (funded[i]) {
                spent += candidates.get(i).amount();
                long[] parts = AwardSplit.of(candidates.get(i).amount(), instance.shares());
                for (int m = 0; m < paid.length; m++) {
                    paid[m] += parts[m];
                }
            }
        }
        if (spent > instance.budget()) {
            return false;
        }
        for (int m = 0; m < paid.length; m++) {
            if (paid[m] > instance.ministries().get(m).budget()) {
                return false;
            }
        }
        for (PortfolioInstance.MoneyQuota quota : instance.moneyQuotas()) {
            boolean applies = false;
            long toThem = 0;
            for (int i = 0; i < funded.length; i++) {
                boolean member = candidates.get(i).targetLanguages().stream().anyMatch(quota.languages()::contains);
                applies |= member;
                toThem += funded[i] && member ? candidates.get(i).amount() : 0;
            }
            if (applies && 100 * toThem < (long) quota.percent() * spent) {
                return false;
            }
        }
        for (String language : instance.languagesToCover()) {
            boolean targeted = false;
            boolean covered = false;
            for (int i = 0; i < funded.length; i++) {
                boolean targets = candidates.get(i).targetLanguages().contains(language);
                targeted |= targets;
                covered |= targets && funded[i];
            }
            if (targeted && !covered) {
                return false;
            }
        }
        return true;
    }

    /** Fails when the result breaks a limit or misstates its own money; {@code seed} names the instance. */
    public static void assertKept(PortfolioInstance instance, PortfolioResult result, long seed) {
        Set<String> funded = new HashSet<>(result.funded());
        assertEquals(funded.size(), result.funded().size(), "seed " + seed + ": a candidate funded twice");
        boolean[] chosen = new boolean[instance.candidates().size()];
        long spent = 0;
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = funded.contains(instance.candidates().get(i).id());
            spent += chosen[i] ? instance.candidates().get(i).amount() : 0;
        }
        assertEquals(funded.size(), (int) java.util.stream.IntStream.range(0, chosen.length).filter(i -> chosen[i])
                .count(), "seed " + seed + ": an unknown candidate funded");
        assertEquals(spent, result.spent(), "seed " + seed + ": the money spent");
        assertEquals(spent, result.paidByMinistry().values().stream().mapToLong(Long::longValue).sum(),
                "seed " + seed + ": the ministries' parts add up to the money spent");
        assertTrue(kept(instance, chosen), "seed " + seed + ": a limit is broken by " + result.funded());
    }
}
