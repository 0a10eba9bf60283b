package org.opendividend.awards.control.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ministries' books of the fund, computed from two facts only: each ministry's share of each call's budget, and
 * each ministry's committed and paid money per accepted award. Rolled up per call and per ministry; nothing is stored
 * that could drift from the awards and payments it sums. The rows are in a stable order (ministry, call, award number)
 * so that exports and statements compare line by line.
 */
public final class Ledger {

    private final List<AwardMoney> awards;
    private final List<CallMoney> calls;
    private final List<MinistryMoney> ministries;

    private Ledger(List<AwardMoney> awards, List<CallMoney> calls, List<MinistryMoney> ministries) {
        this.awards = awards;
        this.calls = calls;
        this.ministries = ministries;
    }

    /**
     * The books from the budgets (call id → ministry code → its share of the call, whole TWD) and the awards' money.
     * A ministry that committed money in a call without a share there still gets a call row, with a budget of zero
     * (and so shown overcommitted): the books add up whatever the inputs.
     */
    public static Ledger of(Map<Long, Map<String, Long>> budgets, List<AwardMoney> awardMoney) {
        Map<String, Map<Long, long[]>> byMinistry = new TreeMap<>();
        budgets.forEach((call, shares) -> shares.forEach((ministry, budget) ->
                totals(byMinistry, ministry, call)[0] += budget));
        for (AwardMoney money : awardMoney) {
            long[] totals = totals(byMinistry, money.ministryCode(), money.callId());
            totals[1] += money.committed();
            totals[2] += money.paid();
        }
        List<CallMoney> calls = new ArrayList<>();
        List<MinistryMoney> ministries = new ArrayList<>();
        byMinistry.forEach((ministry, perCall) -> {
            long[] sum = new long[3];
            perCall.forEach((call, t) -> {
                calls.add(new CallMoney(call, ministry, t[0], t[1], t[2]));
                for (int i = 0; i < 3; i++) {
                    sum[i] += t[i];
                }
            });
            ministries.add(new MinistryMoney(ministry, sum[0], sum[1], sum[2]));
        });
        List<AwardMoney> awards = awardMoney.stream()
                .sorted(Comparator.comparing(AwardMoney::ministryCode).thenComparing(AwardMoney::callId)
                        .thenComparing(AwardMoney::awardNumber))
                .toList();
        return new Ledger(awards, List.copyOf(calls), List.copyOf(ministries));
    }

    private static long[] totals(Map<String, Map<Long, long[]>> byMinistry, String ministry, long call) {
        return byMinistry.computeIfAbsent(ministry, m -> new TreeMap<>()).computeIfAbsent(call, c -> new long[3]);
    }

    public List<MinistryMoney> ministries() {
        return ministries;
    }

    public List<CallMoney> calls() {
        return calls;
    }

    public List<AwardMoney> awards() {
        return awards;
    }

    /** Only this ministry's rows (a finance user sees the ministries they work for). */
    public Ledger forMinistry(String ministryCode) {
        return new Ledger(awards.stream().filter(a -> a.ministryCode().equals(ministryCode)).toList(),
                calls.stream().filter(c -> c.ministryCode().equals(ministryCode)).toList(),
                ministries.stream().filter(m -> m.ministryCode().equals(ministryCode)).toList());
    }

    /** Whether the books show something the application's rules should have prevented (overpaid, overcommitted). */
    public boolean consistent() {
        return awards.stream().noneMatch(AwardMoney::overpaid) && calls.stream().noneMatch(CallMoney::overcommitted);
    }
}
