package org.opendividend.awards.control;

import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.awards.entity.TrancheCondition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tranche schedule: the fund's 40 / 30 / 20 with the call's retained share, whole TWD adding up exactly. */
class TrancheScheduleTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate END = LocalDate.of(2028, 2, 29);

    @Test
    void theDefaultIsFortyThirtyTwentyAndTenRetained() {
        List<Tranche> tranches = TrancheSchedule.of(1_000_000, TrancheSchedule.DEFAULT_SHARES, 10, START, END, 6);
        assertEquals(List.of(400_000L, 300_000L, 200_000L, 100_000L), amounts(tranches));
        assertEquals(List.of(new BigDecimal("40.00"), new BigDecimal("30.00"), new BigDecimal("20.00"),
                new BigDecimal("10.00")), tranches.stream().map(Tranche::sharePercent).toList());
        assertEquals(List.of(TrancheCondition.AGREEMENT, TrancheCondition.PROGRESS_REPORT,
                TrancheCondition.PROGRESS_REPORT, TrancheCondition.FINAL_REPORT_AND_OUTPUTS),
                tranches.stream().map(Tranche::condition).toList());
        assertEquals(List.of(false, false, false, true), tranches.stream().map(Tranche::retained).toList());
    }

    @Test
    void theDatesStepThroughTheProjectAndTheRetainedShareWaitsForTheReleaseDeadline() {
        List<Tranche> tranches = TrancheSchedule.of(1_000_000, TrancheSchedule.DEFAULT_SHARES, 10, START, END, 6);
        assertEquals(START, tranches.get(0).dueDate(), "the first on signing");
        assertEquals(null, tranches.get(0).reportDue());
        assertEquals(LocalDate.of(2027, 7, 1), tranches.get(1).reportDue(), "a third of twelve months in");
        assertEquals(LocalDate.of(2027, 8, 1), tranches.get(1).dueDate(), "a month after its report");
        assertEquals(LocalDate.of(2027, 11, 1), tranches.get(2).reportDue());
        assertEquals(LocalDate.of(2028, 4, 29), tranches.get(3).reportDue(), "final report two months after the end");
        assertEquals(LocalDate.of(2028, 8, 29), tranches.get(3).dueDate(), "outputs released six months after the end");
        assertEquals(LocalDate.of(2028, 5, 29),
                TrancheSchedule.of(1_000_000, TrancheSchedule.DEFAULT_SHARES, 10, START, END, 1).get(3).dueDate(),
                "never before a month after the final report");
    }

    @Test
    void oddAmountsAddUpExactlyByLargestRemainders() {
        List<Tranche> tranches = TrancheSchedule.of(999_999, TrancheSchedule.DEFAULT_SHARES, 10, START, END, 6);
        // exact parts 399,999.6 / 299,999.7 / 199,999.8 / 99,999.9: the three TWD left go to the largest remainders
        assertEquals(List.of(399_999L, 300_000L, 200_000L, 100_000L), amounts(tranches));
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            long amount = 1 + random.nextInt(50_000_000);
            int retention = random.nextInt(40);
            List<Integer> shares = List.of(1 + random.nextInt(60), 1 + random.nextInt(60), 1 + random.nextInt(60));
            List<Tranche> split = TrancheSchedule.of(amount, shares, retention, START, END, 6);
            assertEquals(amount, split.stream().mapToLong(Tranche::amount).sum(), amount + " " + shares + " " + retention);
            assertTrue(split.stream().allMatch(t -> t.amount() >= 0));
        }
    }

    @Test
    void aCallRetainingMoreScalesThePaidSharesAndOneRetainingNothingHasNoRetainedTranche() {
        List<Tranche> twenty = TrancheSchedule.of(900_000, TrancheSchedule.DEFAULT_SHARES, 20, START, END, 6);
        assertEquals(List.of(320_000L, 240_000L, 160_000L, 180_000L), amounts(twenty));
        assertEquals(new BigDecimal("20.00"), twenty.get(3).sharePercent());
        assertEquals(new BigDecimal("35.56"), twenty.get(0).sharePercent());

        List<Tranche> none = TrancheSchedule.of(900_000, List.of(50, 50), 0, START, END, 6);
        assertEquals(List.of(450_000L, 450_000L), amounts(none));
        assertFalse(none.stream().anyMatch(Tranche::retained));
    }

    @Test
    void theSettingIsReadAndABadOneRefused() {
        assertEquals(List.of(40, 30, 20), TrancheSchedule.parseShares("40,30,20"));
        assertEquals(List.of(50, 50), TrancheSchedule.parseShares(" 50 / 50 "));
        for (String bad : List.of("", "40,x", "40,0,20", "-1")) {
            assertThrows(IllegalArgumentException.class, () -> TrancheSchedule.parseShares(bad), bad);
        }
        assertThrows(IllegalArgumentException.class,
                () -> TrancheSchedule.of(1_000, List.of(40, 30), 100, START, END, 6));
    }

    private static List<Long> amounts(List<Tranche> tranches) {
        return tranches.stream().map(Tranche::amount).toList();
    }
}
