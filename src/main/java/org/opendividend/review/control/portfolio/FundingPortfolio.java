package org.opendividend.review.control.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests a call's portfolio: the set of candidates of maximal total calibrated score whose amounts fit the call's
 * budget and, split as {@link AwardSplit} splits awards, every ministry's budget, and that keeps the quotas that apply
 * (money to some languages, a funded project per language to cover). Solved exactly by CP-SAT ({@link PortfolioModel})
 * on the scaled scores ({@link ScaledScore}); then ranked ({@link Ranking}), with the limits that bind
 * ({@link BindingAnalysis}) when the optimum is proven. No portfolio: the reasons ({@link PortfolioDiagnosis}) as
 * notices, never an exception.
 */
public final class FundingPortfolio {

    /**
     * @param seconds         CP-SAT's time limit for the portfolio; when it runs out, the best found is given with
     *                        the proven bound and the gap
     * @param workers         CP-SAT's threads
     * @param bindingSeconds  the time limit of each relaxed solve of the binding report and of the diagnosis
     * @param explainBindings whether to re-solve for the binding report (one solve per limit)
     */
    public record Options(double seconds, int workers, double bindingSeconds, boolean explainBindings) {
        public static final Options DEFAULT = new Options(60, 2, 20, true);
    }

    private FundingPortfolio() {
    }

    public static PortfolioResult solve(PortfolioInstance instance) {
        return solve(instance, Options.DEFAULT);
    }

    public static PortfolioResult solve(PortfolioInstance instance, Options options) {
        Coefficients c = new Coefficients(instance);
        List<PortfolioNotice> notices = new ArrayList<>(c.warnings);
        PortfolioModel.Solution optimum = PortfolioModel.solve(c, c.quality, Set.of(), null, options.seconds(),
                options.workers());
        if (optimum.status() == PortfolioModel.Status.INFEASIBLE) {
            notices.addAll(0, new PortfolioDiagnosis(c, options.bindingSeconds(), options.workers()).notices());
            return PortfolioResult.none(PortfolioResult.Status.INFEASIBLE, notices);
        }
        if (!optimum.found()) {
            notices.add(0, PortfolioNotice.error("portfolio.problem.timeLimit", (long) options.seconds()));
            return PortfolioResult.none(PortfolioResult.Status.UNKNOWN, notices);
        }
        boolean proven = optimum.status() == PortfolioModel.Status.OPTIMAL;
        // a relaxation compared with an unproven optimum would only measure the search, not the limit
        List<PortfolioResult.Binding> bindings = proven && options.explainBindings()
                ? BindingAnalysis.of(c, optimum, options.bindingSeconds(), options.workers()) : List.of();
        return result(c, optimum, proven, bindings, notices);
    }

    private static PortfolioResult result(Coefficients c, PortfolioModel.Solution optimum, boolean proven,
                                          List<PortfolioResult.Binding> bindings, List<PortfolioNotice> notices) {
        boolean[] chosen = optimum.chosen();
        List<String> funded = new ArrayList<>();
        double objective = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                funded.add(c.instance.candidates().get(i).id());
                objective += c.instance.candidates().get(i).score();
            }
        }
        Map<String, Long> paid = new LinkedHashMap<>();
        for (int m = 0; m < c.instance.ministries().size(); m++) {
            paid.put(c.instance.ministries().get(m).code(), c.paid(chosen, m));
        }
        // CP-SAT's bound is at least the objective; when proven, the two are equal
        double bound = ScaledScore.unscaled(proven ? optimum.objective()
                : Math.max(optimum.bound(), optimum.objective()));
        Ranking ranking = new Ranking(c, chosen);
        return new PortfolioResult(proven ? PortfolioResult.Status.OPTIMAL : PortfolioResult.Status.FEASIBLE, funded,
                objective, optimum.objective(), bound, c.spent(chosen), paid, ranking.ranked, ranking.line,
                ranking.reserve, ranking.greyZone, bindings, notices);
    }
}
