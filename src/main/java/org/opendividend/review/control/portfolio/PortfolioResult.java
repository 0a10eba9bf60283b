package org.opendividend.review.control.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the portfolio solver answers. When a portfolio was found: the funded candidates, their total calibrated score
 * (the objective) beside CP-SAT's proven bound on it, the money by ministry, the ranking by calibrated score with the
 * funding line (the lowest-ranked funded candidate), the reserve list (the unfunded, in rank order), the grey zone and
 * which limits bind. When none: the errors that say why. Warnings either way.
 *
 * @param scaledObjective the objective in the solver's integers ({@link ScaledScore}), what "optimal" is exact for
 * @param bestBound       CP-SAT's proven upper bound on the best total score (scaled back; equal to
 *                        scaledObjective / 10⁶ when proven optimal)
 */
public record PortfolioResult(Status status, List<String> funded, double objective, long scaledObjective,
                              double bestBound, long spent, Map<String, Long> paidByMinistry, List<Ranked> ranking,
                              Ranked fundingLine, List<Ranked> reserve, List<Ranked> greyZone,
                              List<Binding> bindings, List<PortfolioNotice> notices) {

    /**
     * OPTIMAL: proven best; FEASIBLE: the best found when the time limit ran out (see {@link #gap()});
     * INFEASIBLE: proven that no portfolio keeps every limit; UNKNOWN: the time ran out before any was found.
     */
    public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /** A candidate in rank order (1 = highest calibrated score), with the amount the portfolio counts. */
    public record Ranked(int rank, String id, double score, double low, double high, long amount, boolean funded) {
    }

    /**
     * How a limit stands at the optimum: the money it spends (or the money to a quota's languages, or how many funded
     * projects target a language to cover) against its bound, and whether it binds (see {@link BindingAnalysis}):
     * with {@code gain} the total calibrated score relaxing it alone wins (at least that much when the relaxed solve
     * ran out of time).
     */
    public record Binding(Limit limit, long used, long bound, Effect effect, double gain) {
    }

    public enum Effect { BINDS, SLACK, UNKNOWN }

    public PortfolioResult {
        funded = List.copyOf(funded);
        // in the call's order of ministries, as the instance lists them
        paidByMinistry = Collections.unmodifiableMap(new LinkedHashMap<>(paidByMinistry));
        ranking = List.copyOf(ranking);
        reserve = List.copyOf(reserve);
        greyZone = List.copyOf(greyZone);
        bindings = List.copyOf(bindings);
        notices = List.copyOf(notices);
    }

    static PortfolioResult none(Status status, List<PortfolioNotice> notices) {
        return new PortfolioResult(status, List.of(), 0, 0, Double.NaN, 0, Map.of(), List.of(), null, List.of(),
                List.of(), List.of(), notices);
    }

    /** Whether a portfolio was found (proven optimal or not); when not, the notices hold at least one error. */
    public boolean found() {
        return status == Status.OPTIMAL || status == Status.FEASIBLE;
    }

    public boolean provenOptimal() {
        return status == Status.OPTIMAL;
    }

    /** The relative optimality gap, (bound − objective) / |bound| in the solver's integers: 0 when proven optimal. */
    public double gap() {
        double bound = bestBound * ScaledScore.SCALE;
        return found() && bound != 0 ? Math.max(0, (bound - scaledObjective) / Math.abs(bound)) : 0;
    }

    /** The bindings that bind, in the order of the instance's limits. */
    public List<Binding> binding() {
        return bindings.stream().filter(b -> b.effect() == Effect.BINDS).toList();
    }

    public List<PortfolioNotice> errors() {
        return notices.stream().filter(PortfolioNotice::isError).toList();
    }

    public List<PortfolioNotice> warnings() {
        return notices.stream().filter(n -> !n.isError()).toList();
    }
}
