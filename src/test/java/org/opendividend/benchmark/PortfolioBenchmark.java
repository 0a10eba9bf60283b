package org.opendividend.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.opendividend.review.control.portfolio.AwardSplit;
import org.opendividend.review.control.portfolio.FundingPortfolio;
import org.opendividend.review.control.portfolio.PortfolioInstance;
import org.opendividend.review.control.portfolio.PortfolioResult;
import org.opendividend.review.control.portfolio.PortfolioRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The portfolio benchmark of BENCHMARKS.md, not a timed test: a seeded synthetic instance
 * ({@link SyntheticPortfolioInstances}) solved once for the time to the proven optimum (or the gap when the time
 * limit runs out), then once more with the binding report; beside it, in the same process, two yardsticks computed
 * independently of the solver's model: the LP relaxation's optimum (GLOP, every x in [0, 1]: an upper bound on any
 * portfolio), the greedy portfolio by density (score per TWD, taken while every budget allows; quotas ignored, then
 * checked) and the ranking filled in order while every budget allows (what the objective departs from). {@code mvn -B -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.opendividend.benchmark.PortfolioBenchmark -Dexec.args="2000 42 300"} (applications, seed,
 * CP-SAT's time limit in seconds).
 */
public final class PortfolioBenchmark {

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int applications = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        double seconds = Double.parseDouble(args[2]);
        System.out.println("load average at the start: " + loadAverage());
        PortfolioInstance instance = SyntheticPortfolioInstances.generate(applications, seed);
        long requested = instance.candidates().stream().mapToLong(PortfolioInstance.Candidate::amount).sum();
        System.out.printf(Locale.ROOT, "instance: %,d applications, seed %d, %,d TWD asked (after reductions), "
                        + "budget %,d TWD, ministries %s, %d money quotas, %d languages to cover%n",
                applications, seed, requested, instance.budget(), instance.ministries(),
                instance.moneyQuotas().size(), instance.languagesToCover().size());
        Loader.loadNativeLibraries();

        long start = System.nanoTime();
        PortfolioResult result = FundingPortfolio.solve(instance, new FundingPortfolio.Options(seconds, 2, 60, false));
        double solveSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "solve: %s in %.1f s, funded %d, spent %,d TWD %s, objective %.6f, "
                        + "CP-SAT bound %.6f, gap %.6f%%, line %s, reserve %d, grey zone %d%n",
                result.status(), solveSeconds, result.funded().size(), result.spent(), result.paidByMinistry(),
                result.objective(), result.bestBound(), 100 * result.gap(),
                result.fundingLine() == null ? "-" : result.fundingLine().id() + " (rank " + result.fundingLine().rank()
                        + ", score " + result.fundingLine().score() + ")",
                result.reserve().size(), result.greyZone().size());
        result.notices().forEach(n -> System.out.println("  " + n));
        System.out.println("load average after the solve: " + loadAverage());
        // a figure is only worth reporting for a portfolio that keeps every limit
        PortfolioRules.assertKept(instance, result, seed);

        double lp = lpBound(instance);
        System.out.printf(Locale.ROOT, "LP relaxation bound %.6f: objective / LP bound = %.6f%n", lp,
                result.objective() / lp);
        boolean[] inRankOrder = fill(instance, Comparator.comparingDouble(c -> -c.score()));
        System.out.printf(Locale.ROOT, "in rank order while the budgets allow %.6f (%d funded, keeps the quotas: %s): "
                        + "ratio to the objective = %.6f%n", total(instance, inRankOrder), count(inRankOrder),
                PortfolioRules.kept(instance, inRankOrder), total(instance, inRankOrder) / result.objective());
        boolean[] greedy = fill(instance, Comparator.comparingDouble(c -> -c.score() / c.amount()));
        System.out.printf(Locale.ROOT, "greedy by density %.6f (%d funded, keeps the quotas: %s): greedy / objective "
                        + "= %.6f%n", total(instance, greedy), count(greedy), PortfolioRules.kept(instance, greedy),
                total(instance, greedy) / result.objective());

        start = System.nanoTime();
        PortfolioResult explained = FundingPortfolio.solve(instance, new FundingPortfolio.Options(seconds, 2, 60, true));
        System.out.printf(Locale.ROOT, "solve with the binding report: %s in %.1f s, objective %.6f%n",
                explained.status(), (System.nanoTime() - start) / 1e9, explained.objective());
        explained.bindings().forEach(b -> System.out.printf(Locale.ROOT, "  %s %s: used %,d of %,d, %s, gain %.2f%n",
                b.limit().kind(), b.limit().subject(), b.used(), b.bound(), b.effect(), b.gain()));
        System.out.println("load average at the end: " + loadAverage());
    }

    /** The LP relaxation of the portfolio with GLOP: the same limits, every candidate funded in [0, 1]. */
    static double lpBound(PortfolioInstance instance) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        List<PortfolioInstance.Candidate> candidates = instance.candidates();
        long[] shares = instance.ministries().stream().mapToLong(PortfolioInstance.Ministry::share).toArray();
        MPVariable[] x = new MPVariable[candidates.size()];
        MPObjective objective = solver.objective();
        MPConstraint budget = solver.makeConstraint(Double.NEGATIVE_INFINITY, instance.budget());
        MPConstraint[] ministries = instance.ministries().stream()
                .map(m -> solver.makeConstraint(Double.NEGATIVE_INFINITY, m.budget())).toArray(MPConstraint[]::new);
        MPConstraint[] quotas = instance.moneyQuotas().stream()
                .map(q -> solver.makeConstraint(0, Double.POSITIVE_INFINITY)).toArray(MPConstraint[]::new);
        MPConstraint[] covers = instance.languagesToCover().stream()
                .map(l -> solver.makeConstraint(1, Double.POSITIVE_INFINITY)).toArray(MPConstraint[]::new);
        List<String> toCover = List.copyOf(instance.languagesToCover());
        for (int i = 0; i < x.length; i++) {
            PortfolioInstance.Candidate c = candidates.get(i);
            x[i] = solver.makeNumVar(0, 1, "x" + i);
            objective.setCoefficient(x[i], c.score());
            budget.setCoefficient(x[i], c.amount());
            long[] parts = AwardSplit.of(c.amount(), shares);
            for (int m = 0; m < parts.length; m++) {
                ministries[m].setCoefficient(x[i], parts[m]);
            }
            for (int q = 0; q < quotas.length; q++) {
                PortfolioInstance.MoneyQuota quota = instance.moneyQuotas().get(q);
                boolean member = c.targetLanguages().stream().anyMatch(quota.languages()::contains);
                quotas[q].setCoefficient(x[i], member ? (100 - quota.percent()) * (double) c.amount()
                        : -quota.percent() * (double) c.amount());
            }
            for (int l = 0; l < covers.length; l++) {
                covers[l].setCoefficient(x[i], c.targetLanguages().contains(toCover.get(l)) ? 1 : 0);
            }
        }
        objective.setMaximization();
        if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
            throw new AssertionError("the LP relaxation has no optimum");
        }
        return objective.value();
    }

    /**
     * Funds candidates in the given order (by score per TWD: the greedy by density; by score: the ranking) whenever
     * the call's and every ministry's budget still allow; quotas ignored.
     */
    static boolean[] fill(PortfolioInstance instance, Comparator<PortfolioInstance.Candidate> order) {
        List<PortfolioInstance.Candidate> candidates = instance.candidates();
        long[] shares = instance.ministries().stream().mapToLong(PortfolioInstance.Ministry::share).toArray();
        long[] left = instance.ministries().stream().mapToLong(PortfolioInstance.Ministry::budget).toArray();
        long budgetLeft = instance.budget();
        boolean[] funded = new boolean[candidates.size()];
        List<Integer> sorted = IntStream.range(0, candidates.size()).boxed()
                .sorted(Comparator.comparing(candidates::get, order)).toList();
        for (int i : sorted) {
            long amount = candidates.get(i).amount();
            long[] parts = AwardSplit.of(amount, shares);
            boolean fits = amount <= budgetLeft && candidates.get(i).score() > 0;
            for (int m = 0; m < parts.length; m++) {
                fits &= parts[m] <= left[m];
            }
            if (fits) {
                funded[i] = true;
                budgetLeft -= amount;
                for (int m = 0; m < parts.length; m++) {
                    left[m] -= parts[m];
                }
            }
        }
        return funded;
    }

    private static double total(PortfolioInstance instance, boolean[] funded) {
        return IntStream.range(0, funded.length).filter(i -> funded[i])
                .mapToDouble(i -> instance.candidates().get(i).score()).sum();
    }

    private static long count(boolean[] funded) {
        return IntStream.range(0, funded.length).filter(i -> funded[i]).count();
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "n/a";
    }
}
