package org.opendividend.review.control.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which limits bind at a proven optimum, by re-solving: a limit binds when the optimum with that limit alone left out
 * is strictly better (in the solver's integers), and its gain is how much better. Slack (money left unspent) is not
 * the test: in a 0/1 program a budget with money left can still bind (the next candidate does not fit, but without the
 * budget a different set would be funded), and a budget spent to the last TWD need not (nothing better fits anyway).
 * Any strictly better portfolio the relaxed solve finds proves that the limit binds, even without proving its own
 * optimum; that the limit does not bind is proven only by the relaxed solve's proven optimum; otherwise UNKNOWN.
 * <p>
 * Every award is split among the ministries in the same proportions, so the call's budget and the ministries'
 * budgets are nearly parallel: left out alone, each is still enforced by the others and none binds, although the
 * money does. So when no budget binds alone, all of them are left out together, and {@code BUDGETS_TOGETHER} says
 * whether money as a whole binds.
 */
final class BindingAnalysis {

    private BindingAnalysis() {
    }

    static List<PortfolioResult.Binding> of(Coefficients c, PortfolioModel.Solution optimum, double seconds,
                                            int workers) {
        boolean[] chosen = optimum.chosen();
        List<PortfolioResult.Binding> bindings = new ArrayList<>();
        for (Limit limit : c.limits) {
            bindings.add(binding(c, optimum, Set.of(limit), limit, seconds, workers));
        }
        boolean budgetBinds = bindings.stream()
                .anyMatch(b -> b.limit().isBudget() && b.effect() == PortfolioResult.Effect.BINDS);
        if (!budgetBinds) {
            Set<Limit> budgets = c.limits.stream().filter(Limit::isBudget).collect(Collectors.toSet());
            bindings.add(binding(c, optimum, budgets, new Limit(Limit.Kind.BUDGETS_TOGETHER, ""), seconds, workers));
        }
        return bindings;
    }

    private static PortfolioResult.Binding binding(Coefficients c, PortfolioModel.Solution optimum, Set<Limit> relaxed,
                                                   Limit named, double seconds, int workers) {
        // the optimum keeps every other limit, so it is a feasible start for the relaxed solve
        PortfolioModel.Solution without = PortfolioModel.solve(c, c.quality, relaxed, optimum.chosen(), seconds,
                workers);
        PortfolioResult.Effect effect;
        if (without.found() && without.objective() > optimum.objective()) {
            effect = PortfolioResult.Effect.BINDS;
        } else if (without.status() == PortfolioModel.Status.OPTIMAL) {
            effect = PortfolioResult.Effect.SLACK;
        } else {
            effect = PortfolioResult.Effect.UNKNOWN;
        }
        double gain = effect == PortfolioResult.Effect.BINDS
                ? ScaledScore.unscaled(without.objective() - optimum.objective()) : 0;
        long[] usedAndBound = usedAndBound(c, named, optimum.chosen());
        return new PortfolioResult.Binding(named, usedAndBound[0], usedAndBound[1], effect, gain);
    }

    /** What the limit measures at the optimum, and its bound there. */
    private static long[] usedAndBound(Coefficients c, Limit limit, boolean[] chosen) {
        return switch (limit.kind()) {
            case CALL_BUDGET, BUDGETS_TOGETHER -> new long[] {c.spent(chosen), c.instance.budget()};
            case MINISTRY_BUDGET -> {
                int m = c.ministryIndex(limit.subject());
                yield new long[] {c.paid(chosen, m), c.instance.ministries().get(m).budget()};
            }
            case MONEY_QUOTA -> {
                int quota = quotaIndex(c, limit);
                long toMembers = 0;
                for (int i = 0; i < chosen.length; i++) {
                    toMembers += chosen[i] && c.quotaMembers.get(quota)[i] ? c.amounts[i] : 0;
                }
                // the least money to its languages that keeps the quota: P % of the funded money, rounded up
                long percent = c.quotaPercents.get(quota);
                yield new long[] {toMembers, (percent * c.spent(chosen) + 99) / 100};
            }
            case LANGUAGE_QUOTA -> {
                int language = languageIndex(c, limit);
                long funded = 0;
                for (int i : c.carriers.get(language)) {
                    funded += chosen[i] ? 1 : 0;
                }
                yield new long[] {funded, 1};
            }
        };
    }

    private static int quotaIndex(Coefficients c, Limit limit) {
        return (int) c.limits.subList(0, c.limits.indexOf(limit)).stream()
                .filter(l -> l.kind() == Limit.Kind.MONEY_QUOTA).count();
    }

    private static int languageIndex(Coefficients c, Limit limit) {
        return (int) c.limits.subList(0, c.limits.indexOf(limit)).stream()
                .filter(l -> l.kind() == Limit.Kind.LANGUAGE_QUOTA).count();
    }
}
