package org.opendividend.awards.control.disbursement;

import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.AwardPart;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tranche split by the award's parts: whole TWD, by the largest remainder, adding up to the tranche exactly. */
class TrancheSplitTest {

    @Test
    void aSplitThatDividesEvenlyIsExact() {
        assertEquals(Map.of("moc", 144_000L, "moda", 96_000L),
                TrancheSplit.of(240_000, List.of(new AwardPart("moc", 360_000), new AwardPart("moda", 240_000))));
    }

    @Test
    void theLeftoverTwdGoToTheLargestRemaindersAndTheEarlierPartOnATie() {
        // 100 split 1 : 1 : 1 is 33.33 each: the one left over goes to the first
        assertEquals(List.of(34L, 33L, 33L), List.copyOf(TrancheSplit.of(100, List.of(new AwardPart("moc", 1),
                new AwardPart("nstc", 1), new AwardPart("moda", 1))).values()));
        // 10 split 1 : 2 : 3 is 1.67, 3.33, 5: the largest fraction (0.67) gets the leftover
        assertEquals(List.of(2L, 3L, 5L), List.copyOf(TrancheSplit.of(10, List.of(new AwardPart("moc", 1),
                new AwardPart("nstc", 2), new AwardPart("moda", 3))).values()));
    }

    @Test
    void aPartOfZeroGetsNothingAndTheOrderOfThePartsIsKept() {
        Map<String, Long> split = TrancheSplit.of(999, List.of(new AwardPart("moda", 0), new AwardPart("moc", 7)));
        assertEquals(List.of("moda", "moc"), List.copyOf(split.keySet()));
        assertEquals(List.of(0L, 999L), List.copyOf(split.values()));
    }

    @Test
    void theSharesAlwaysAddUpToTheTrancheAndNoneIsFurtherThanOneFromItsExactShare() {
        Random random = new Random(12);
        for (int run = 0; run < 2_000; run++) {
            long tranche = random.nextInt(50_000_000);
            int n = 1 + random.nextInt(4);
            List<AwardPart> parts = new java.util.ArrayList<>();
            long total = 0;
            for (int i = 0; i < n; i++) {
                long amount = 1 + random.nextInt(20_000_000);
                parts.add(new AwardPart("m" + i, amount));
                total += amount;
            }
            Map<String, Long> split = TrancheSplit.of(tranche, parts);
            assertEquals(tranche, split.values().stream().mapToLong(Long::longValue).sum());
            for (AwardPart part : parts) {
                double exact = (double) tranche * part.amount() / total;
                long share = split.get(part.ministryCode());
                assertTrue(share >= 0 && Math.abs(share - exact) < 1.0, part + ": " + share + " vs " + exact);
            }
        }
    }

    @Test
    void nothingNegativeAndSomethingToSplitBy() {
        assertThrows(IllegalArgumentException.class, () -> TrancheSplit.of(-1, List.of(new AwardPart("moc", 1))));
        assertThrows(IllegalArgumentException.class, () -> TrancheSplit.of(1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> TrancheSplit.of(1, List.of(new AwardPart("moc", 0))));
        assertThrows(IllegalArgumentException.class, () -> TrancheSplit.of(1, List.of(new AwardPart("moc", -1),
                new AwardPart("moda", 2))));
    }
}
