package org.opendividend.review.control.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Why no portfolio keeps every limit, in terms an officer can act on, asked once CP-SAT has proven that none exists.
 * Funding nothing keeps every budget and every money quota, so only the languages to cover make a portfolio
 * impossible, alone or with the rest. The checks, from the most specific:
 * <ol>
 *     <li>a language whose every application is too dear on its own: above the call's budget or, for its part, above
 *     a ministry's budget (named, with the cheapest application and the numbers);</li>
 *     <li>a money quota that clashes with the languages to cover whatever the money: covering them forces funding
 *     projects outside the quota's languages, and even funding every application of its languages does not reach its
 *     percentage;</li>
 *     <li>the quotas together, whatever the budgets: the least money that meets all of them, against the call's budget
 *     and against each ministry's budget (each ministry's least part, found on its own; not repeated for a
 *     ministry that has its whole share when the call's budget is already too small);</li>
 *     <li>otherwise only the combination clashes, and {@code portfolio.problem.combined} says so.</li>
 * </ol>
 * The cheapest portfolios are found by the same model ({@link PortfolioModel}) with the budgets left out and the
 * money (or a ministry's parts) minimised.
 */
final class PortfolioDiagnosis {

    private final Coefficients c;
    private final double seconds;
    private final int workers;

    PortfolioDiagnosis(Coefficients c, double seconds, int workers) {
        this.c = c;
        this.seconds = seconds;
        this.workers = workers;
    }

    List<PortfolioNotice> notices() {
        List<PortfolioNotice> notices = new ArrayList<>();
        unaffordableLanguages(notices);
        if (notices.isEmpty()) {
            quotaClashes(notices);
        }
        if (notices.isEmpty()) {
            quotasOverBudgets(notices);
        }
        if (notices.isEmpty()) {
            notices.add(PortfolioNotice.error("portfolio.problem.combined"));
        }
        return notices;
    }

    private void unaffordableLanguages(List<PortfolioNotice> notices) {
        int language = 0;
        for (Limit limit : c.limits) {
            if (limit.kind() != Limit.Kind.LANGUAGE_QUOTA) {
                continue;
            }
            int[] carriers = c.carriers.get(language++);
            int cheapest = carriers[0];
            boolean anyFits = false;
            for (int i : carriers) {
                anyFits |= fitsAlone(i);
                cheapest = c.amounts[i] < c.amounts[cheapest] ? i : cheapest;
            }
            if (anyFits) {
                continue;
            }
            String id = c.instance.candidates().get(cheapest).id();
            if (c.amounts[cheapest] > c.instance.budget()) {
                notices.add(PortfolioNotice.error("portfolio.problem.languageOverBudget", limit.subject(), id,
                        c.amounts[cheapest], c.instance.budget()));
                continue;
            }
            for (int m = 0; m < c.instance.ministries().size(); m++) {
                PortfolioInstance.Ministry ministry = c.instance.ministries().get(m);
                if (c.parts[cheapest][m] > ministry.budget()) {
                    notices.add(PortfolioNotice.error("portfolio.problem.languageOverMinistryBudget",
                            limit.subject(), id, c.amounts[cheapest], ministry.code(), c.parts[cheapest][m],
                            ministry.budget()));
                    break;
                }
            }
        }
    }

    private boolean fitsAlone(int i) {
        if (c.amounts[i] > c.instance.budget()) {
            return false;
        }
        for (int m = 0; m < c.instance.ministries().size(); m++) {
            if (c.parts[i][m] > c.instance.ministries().get(m).budget()) {
                return false;
            }
        }
        return true;
    }

    private void quotaClashes(List<PortfolioNotice> notices) {
        List<Limit> quotas = c.limits.stream().filter(l -> l.kind() == Limit.Kind.MONEY_QUOTA).toList();
        for (int q = 0; q < quotas.size(); q++) {
            Set<Limit> relaxed = c.limits.stream()
                    .filter(l -> l.isBudget() || l.kind() == Limit.Kind.MONEY_QUOTA).collect(Collectors.toSet());
            relaxed.remove(quotas.get(q));
            if (cheapest(relaxed, negated(c.amounts)).status() == PortfolioModel.Status.INFEASIBLE) {
                PortfolioInstance.MoneyQuota quota = c.quotasApplied.get(q);
                notices.add(PortfolioNotice.error("portfolio.problem.moneyQuotaClash", quota.percent(),
                        String.join(", ", new TreeSet<>(quota.languages())), coveredLanguages()));
            }
        }
        if (notices.isEmpty() && cheapest(budgets(), negated(c.amounts)).status() == PortfolioModel.Status.INFEASIBLE) {
            notices.add(PortfolioNotice.error("portfolio.problem.quotasClash", coveredLanguages()));
        }
    }

    private void quotasOverBudgets(List<PortfolioNotice> notices) {
        PortfolioModel.Solution cheapest = cheapest(budgets(), negated(c.amounts));
        boolean overCallBudget = cheapest.status() == PortfolioModel.Status.OPTIMAL
                && -cheapest.objective() > c.instance.budget();
        if (overCallBudget) {
            notices.add(PortfolioNotice.error("portfolio.problem.quotasOverBudget", -cheapest.objective(),
                    c.instance.budget()));
        }
        for (int m = 0; m < c.instance.ministries().size(); m++) {
            long[] parts = new long[c.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -c.parts[i][m];
            }
            PortfolioModel.Solution least = cheapest(budgets(), parts);
            PortfolioInstance.Ministry ministry = c.instance.ministries().get(m);
            // a ministry with its whole share is short only because the call is: the call's notice says it once
            boolean shortOfItsShare = ministry.budget() < ministry.share();
            if (least.status() == PortfolioModel.Status.OPTIMAL && -least.objective() > ministry.budget()
                    && (!overCallBudget || shortOfItsShare)) {
                notices.add(PortfolioNotice.error("portfolio.problem.quotasOverMinistryBudget", ministry.code(),
                        -least.objective(), ministry.budget()));
            }
        }
    }

    private PortfolioModel.Solution cheapest(Set<Limit> relaxed, long[] weights) {
        return PortfolioModel.solve(c, weights, relaxed, null, seconds, workers);
    }

    private Set<Limit> budgets() {
        return c.limits.stream().filter(Limit::isBudget).collect(Collectors.toSet());
    }

    private static long[] negated(long[] values) {
        long[] negated = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    private String coveredLanguages() {
        return c.limits.stream().filter(l -> l.kind() == Limit.Kind.LANGUAGE_QUOTA).map(Limit::subject)
                .collect(Collectors.joining(", "));
    }
}
