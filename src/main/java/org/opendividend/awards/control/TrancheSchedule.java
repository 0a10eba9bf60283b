package org.opendividend.awards.control;

import org.opendividend.awards.entity.Tranche;
import org.opendividend.awards.entity.TrancheCondition;
import org.opendividend.review.control.portfolio.AwardSplit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An award's tranches: the fund's shares (by default 40 / 30 / 20, setting {@code opendividend.awards.tranche-shares})
 * scaled to what the call does not retain, then the call's retained final share (by default 10 %). Amounts are whole
 * TWD adding up to the award exactly, split as every award is ({@link AwardSplit}: largest remainders). The first
 * tranche falls due when the project starts (the agreement signed); each further one a month after a progress report
 * due at an even step through the project; the retained one once the final report (due two months after the end) is
 * in and the outputs are released, by the call's release deadline after the end.
 */
public final class TrancheSchedule {

    /** The fund's default shares of the tranches paid during the project, before the retained one. */
    public static final List<Integer> DEFAULT_SHARES = List.of(40, 30, 20);

    private TrancheSchedule() {
    }

    /**
     * @param amount                the award in whole TWD
     * @param shares                the relative shares of the tranches paid during the project (each positive)
     * @param retentionPercent      the call's retained final share in percent (0 to 99; 0: no retained tranche)
     * @param releaseDeadlineMonths months after the end by which the call wants the outputs released
     */
    public static List<Tranche> of(long amount, List<Integer> shares, int retentionPercent, LocalDate start,
                                   LocalDate end, int releaseDeadlineMonths) {
        if (shares.isEmpty() || shares.stream().anyMatch(s -> s == null || s <= 0)) {
            throw new IllegalArgumentException("tranche shares must be positive: " + shares);
        }
        if (retentionPercent < 0 || retentionPercent >= 100) {
            throw new IllegalArgumentException("a retained share of 0 to 99 %: " + retentionPercent);
        }
        long total = shares.stream().mapToLong(Integer::longValue).sum();
        int paid = shares.size();
        long[] weights = new long[retentionPercent > 0 ? paid + 1 : paid];
        for (int i = 0; i < paid; i++) {
            weights[i] = shares.get(i) * (100L - retentionPercent);
        }
        if (retentionPercent > 0) {
            weights[paid] = retentionPercent * total;
        }
        long[] amounts = AwardSplit.of(amount, weights);
        long months = Math.max(1, ChronoUnit.MONTHS.between(start, end.plusDays(1)));
        List<Tranche> tranches = new ArrayList<>();
        for (int i = 0; i < paid; i++) {
            BigDecimal percent = percent(weights[i], total);
            if (i == 0) {
                tranches.add(new Tranche(percent, amounts[i], start, null, TrancheCondition.AGREEMENT, false));
            } else {
                LocalDate report = start.plusMonths(months * i / paid);
                tranches.add(new Tranche(percent, amounts[i], report.plusMonths(1), report,
                        TrancheCondition.PROGRESS_REPORT, false));
            }
        }
        if (retentionPercent > 0) {
            LocalDate finalReport = end.plusMonths(2);
            LocalDate released = end.plusMonths(releaseDeadlineMonths);
            LocalDate due = released.isAfter(finalReport.plusMonths(1)) ? released : finalReport.plusMonths(1);
            tranches.add(new Tranche(percent(weights[paid], total), amounts[paid], due, finalReport,
                    TrancheCondition.FINAL_REPORT_AND_OUTPUTS, true));
        }
        return List.copyOf(tranches);
    }

    /**
     * The shares written in a setting ({@code "40,30,20"}); refused when one is not a positive whole number.
     */
    public static List<Integer> parseShares(String written) {
        try {
            List<Integer> shares = Arrays.stream(written.split("[\\s,/]+")).filter(s -> !s.isBlank())
                    .map(Integer::valueOf).toList();
            if (shares.isEmpty() || shares.stream().anyMatch(s -> s <= 0)) {
                throw new IllegalArgumentException();
            }
            return shares;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("opendividend.awards.tranche-shares: positive whole numbers separated by "
                    + "commas, e.g. 40,30,20; not " + written, e);
        }
    }

    /** A weight's share of the whole in percent, two decimals: weight / (100 × total) × 100. */
    private static BigDecimal percent(long weight, long total) {
        return BigDecimal.valueOf(weight).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
