package org.opendividend.awards.control.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerTest {

    private static final Map<Long, Map<String, Long>> BUDGETS = Map.of(
            1006L, Map.of("moc", 6_000_000L, "moda", 3_000_000L),
            1007L, Map.of("moc", 2_000_000L));

    @Test
    void rollsAwardsUpPerCallAndPerMinistryByCoFundingShare() {
        Ledger ledger = Ledger.of(BUDGETS, List.of(
                new AwardMoney(1, "1006-1", 1006, "moc", 1_600_000, 640_000),
                new AwardMoney(1, "1006-1", 1006, "moda", 800_000, 0),
                new AwardMoney(2, "1006-2", 1006, "moc", 1_000_000, 1_000_000),
                new AwardMoney(3, "1007-1", 1007, "moc", 1_500_000, 600_000)));

        assertEquals(List.of(
                new CallMoney(1006, "moc", 6_000_000, 2_600_000, 1_640_000),
                new CallMoney(1007, "moc", 2_000_000, 1_500_000, 600_000),
                new CallMoney(1006, "moda", 3_000_000, 800_000, 0)), ledger.calls());
        assertEquals(List.of(
                new MinistryMoney("moc", 8_000_000, 4_100_000, 2_240_000),
                new MinistryMoney("moda", 3_000_000, 800_000, 0)), ledger.ministries());
        MinistryMoney moc = ledger.ministries().get(0);
        assertEquals(3_900_000, moc.remaining());
        assertEquals(1_860_000, moc.unpaid());
        assertEquals(3_400_000, ledger.calls().get(0).remaining());
        assertTrue(ledger.consistent());
    }

    @Test
    void aCallWithoutAwardsKeepsItsWholeBudgetRemaining() {
        Ledger ledger = Ledger.of(BUDGETS, List.of());

        assertEquals(List.of(6_000_000L, 2_000_000L, 3_000_000L),
                ledger.calls().stream().map(CallMoney::remaining).toList());
        assertTrue(ledger.calls().stream().allMatch(c -> c.unpaid() == 0));
        assertTrue(ledger.awards().isEmpty());
    }

    @Test
    void awardsAreListedPerMinistryCallAndNumberWhateverTheirOrderIn() {
        Ledger ledger = Ledger.of(BUDGETS, List.of(
                new AwardMoney(3, "1007-1", 1007, "moc", 10, 0),
                new AwardMoney(2, "1006-2", 1006, "moc", 10, 0),
                new AwardMoney(1, "1006-1", 1006, "moda", 10, 0),
                new AwardMoney(1, "1006-1", 1006, "moc", 10, 0)));

        assertEquals(List.of("moc 1006-1", "moc 1006-2", "moc 1007-1", "moda 1006-1"),
                ledger.awards().stream().map(a -> a.ministryCode() + " " + a.awardNumber()).toList());
    }

    @Test
    void oneMinistrysBooksHoldOnlyItsRows() {
        Ledger ledger = Ledger.of(BUDGETS, List.of(
                new AwardMoney(1, "1006-1", 1006, "moc", 1_600_000, 640_000),
                new AwardMoney(1, "1006-1", 1006, "moda", 800_000, 300_000))).forMinistry("moda");

        assertEquals(List.of(new MinistryMoney("moda", 3_000_000, 800_000, 300_000)), ledger.ministries());
        assertEquals(List.of(new CallMoney(1006, "moda", 3_000_000, 800_000, 300_000)), ledger.calls());
        assertEquals(List.of(300_000L), ledger.awards().stream().map(AwardMoney::paid).toList());
    }

    @Test
    void moneyCommittedWithoutAShareOrPaidAboveTheAwardIsShownNotHidden() {
        Ledger overcommitted = Ledger.of(BUDGETS, List.of(new AwardMoney(9, "1007-9", 1007, "nstc", 500_000, 0)));
        assertTrue(overcommitted.calls().contains(new CallMoney(1007, "nstc", 0, 500_000, 0)));
        assertEquals(1, overcommitted.calls().stream().filter(CallMoney::overcommitted).count());
        assertFalse(overcommitted.consistent());

        Ledger overpaid = Ledger.of(BUDGETS, List.of(new AwardMoney(1, "1006-1", 1006, "moc", 100, 101)));
        assertTrue(overpaid.awards().get(0).overpaid());
        assertEquals(-1, overpaid.awards().get(0).unpaid());
        assertFalse(overpaid.consistent());
    }
}
