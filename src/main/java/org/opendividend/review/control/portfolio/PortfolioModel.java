package org.opendividend.review.control.portfolio;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import java.util.Set;

/**
 * The portfolio as a 0/1 program for OR-Tools' CP-SAT: a Boolean per candidate (funded or not) and one linear
 * constraint per {@link Limit}, maximising given integer weights (the scaled scores for the portfolio; minus the
 * amounts or a ministry's parts when the diagnosis looks for the cheapest way to meet the quotas). Limits in
 * {@code relaxed} are left out: that is how the binding report and the diagnosis ask "what if this did not hold".
 * <p>
 * A money quota "at least P % of the funded money to projects of these languages" is kept in integers by multiplying
 * out: 100 × (money to them) ≥ P × (all money), i.e. Σ (100 − P) × amount over members − Σ P × amount over the others
 * ≥ 0, exact with no rounding.
 */
final class PortfolioModel {

    enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /** What CP-SAT found: the chosen candidates (null when none), their total weight and CP-SAT's proven bound. */
    record Solution(Status status, boolean[] chosen, long objective, double bound) {
        boolean found() {
            return chosen != null;
        }
    }

    private PortfolioModel() {
    }

    static Solution solve(Coefficients c, long[] weights, Set<Limit> relaxed, boolean[] hint, double seconds,
                          int workers) {
        // OR-Tools' Loader unpacks and loads its native library once per class loader; later calls return at once
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[c.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.newBoolVar("x" + i);
            if (hint != null) {
                model.addHint(x[i], hint[i]);
            }
        }
        int quota = 0;
        int language = 0;
        for (Limit limit : c.limits) {
            boolean kept = !relaxed.contains(limit);
            switch (limit.kind()) {
                case CALL_BUDGET -> {
                    if (kept) {
                        model.addLessOrEqual(LinearExpr.weightedSum(x, c.amounts), c.instance.budget());
                    }
                }
                case MINISTRY_BUDGET -> {
                    if (kept) {
                        int m = c.ministryIndex(limit.subject());
                        long[] parts = new long[x.length];
                        for (int i = 0; i < x.length; i++) {
                            parts[i] = c.parts[i][m];
                        }
                        model.addLessOrEqual(LinearExpr.weightedSum(x, parts), c.instance.ministries().get(m).budget());
                    }
                }
                case MONEY_QUOTA -> {
                    if (kept) {
                        model.addGreaterOrEqual(LinearExpr.weightedSum(x, quotaCoefficients(c, quota)), 0);
                    }
                    quota++;
                }
                case LANGUAGE_QUOTA -> {
                    if (kept) {
                        int[] carriers = c.carriers.get(language);
                        BoolVar[] funded = new BoolVar[carriers.length];
                        for (int k = 0; k < carriers.length; k++) {
                            funded[k] = x[carriers[k]];
                        }
                        model.addGreaterOrEqual(LinearExpr.sum(funded), 1);
                    }
                    language++;
                }
            }
        }
        model.maximize(LinearExpr.weightedSum(x, weights));
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(seconds);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solution(status == CpSolverStatus.INFEASIBLE ? Status.INFEASIBLE : Status.UNKNOWN, null, 0,
                    Double.NaN);
        }
        boolean[] chosen = new boolean[x.length];
        long objective = 0;
        for (int i = 0; i < x.length; i++) {
            chosen[i] = solver.booleanValue(x[i]);
            objective += chosen[i] ? weights[i] : 0;
        }
        return new Solution(status == CpSolverStatus.OPTIMAL ? Status.OPTIMAL : Status.FEASIBLE, chosen, objective,
                solver.bestObjectiveBound());
    }

    /** Whether the chosen candidates keep a money quota (by its index among the quotas applied). */
    static boolean keepsQuota(Coefficients c, int quota, boolean[] chosen) {
        long[] coefficients = quotaCoefficients(c, quota);
        long sum = 0;
        for (int i = 0; i < chosen.length; i++) {
            sum += chosen[i] ? coefficients[i] : 0;
        }
        return sum >= 0;
    }

    private static long[] quotaCoefficients(Coefficients c, int quota) {
        boolean[] members = c.quotaMembers.get(quota);
        long percent = c.quotaPercents.get(quota);
        long[] coefficients = new long[members.length];
        for (int i = 0; i < members.length; i++) {
            coefficients[i] = members[i] ? (100 - percent) * c.amounts[i] : -percent * c.amounts[i];
        }
        return coefficients;
    }
}
