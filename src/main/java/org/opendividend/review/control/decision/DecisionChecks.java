package org.opendividend.review.control.decision;

import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.review.control.portfolio.AwardSplit;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionOutcome;
import org.opendividend.review.entity.DecisionPart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a call's funding decision needs before it is written or proposed, every problem with its field, message key
 * and the numbers: a line only for the call's ranked applications, one each; a funded amount above zero, never above
 * the request or the call's maximum per award; no ministry committing more than remains of its money (its part of
 * every award as {@link AwardSplit} splits it, the same split the portfolio solver charges); and a justification for
 * every application left unfunded above one that is funded (a departure from the rank order). A proposal also needs
 * a line for every ranked application.
 */
public final class DecisionChecks {

    private DecisionChecks() {
    }

    /** The problems of lines an officer saves as a draft: only what they hold is checked. */
    public static List<FieldProblem> draft(List<DecisionLine> lines, List<DecisionCandidate> ranked, long callMaximum,
                                           List<MinistryBudget> budgets) {
        return check(lines, ranked, callMaximum, budgets, false);
    }

    /** The problems of a decision to propose: a line for every ranked application, and every line fitting. */
    public static List<FieldProblem> proposal(List<DecisionLine> lines, List<DecisionCandidate> ranked, long callMaximum,
                                              List<MinistryBudget> budgets) {
        return check(lines, ranked, callMaximum, budgets, true);
    }

    /** Each funded amount split across the ministries by their shares, in the order of {@code budgets}; zero parts left out. */
    public static List<DecisionPart> parts(List<DecisionLine> lines, List<MinistryBudget> budgets) {
        long[] shares = budgets.stream().mapToLong(MinistryBudget::share).toArray();
        List<DecisionPart> parts = new ArrayList<>();
        for (DecisionLine line : lines) {
            if (line.outcome() != DecisionOutcome.FUND || line.amount() <= 0) {
                continue;
            }
            long[] split = AwardSplit.of(line.amount(), shares);
            for (int m = 0; m < split.length; m++) {
                if (split[m] > 0) {
                    parts.add(new DecisionPart(line.applicationId(), budgets.get(m).ministryCode(), split[m]));
                }
            }
        }
        return parts;
    }

    /** What the parts commit of each ministry's money, in TWD (a ministry without a part is not listed). */
    public static Map<String, Long> committed(List<DecisionPart> parts) {
        Map<String, Long> committed = new LinkedHashMap<>();
        parts.forEach(p -> committed.merge(p.ministryCode(), p.amount(), Long::sum));
        return committed;
    }

    private static List<FieldProblem> check(List<DecisionLine> lines, List<DecisionCandidate> ranked, long callMaximum,
                                            List<MinistryBudget> budgets, boolean complete) {
        Map<Long, DecisionCandidate> candidates = ranked.stream()
                .collect(Collectors.toMap(DecisionCandidate::applicationId, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<DecisionLine> fitting = new ArrayList<>();
        for (DecisionLine line : lines) {
            DecisionCandidate candidate = candidates.get(line.applicationId());
            String field = "line:" + line.applicationId();
            if (candidate == null) {
                problems.add(FieldProblem.of(field, "decision.problem.notRanked", line.applicationId()));
            } else if (!seen.add(line.applicationId())) {
                problems.add(FieldProblem.of(field, "decision.problem.twoLines", candidate.label()));
            } else {
                problems.addAll(amountProblems(line, candidate, callMaximum, field));
                problems.addAll(justificationLength(line, candidate, field));
                fitting.add(line);
            }
        }
        if (complete) {
            ranked.stream().filter(c -> !seen.contains(c.applicationId())).forEach(c -> problems.add(
                    FieldProblem.of("line:" + c.applicationId(), "decision.problem.noLine", c.label())));
        }
        problems.addAll(departures(fitting, candidates));
        problems.addAll(budgetProblems(fitting, budgets));
        return problems;
    }

    private static List<FieldProblem> amountProblems(DecisionLine line, DecisionCandidate candidate, long callMaximum,
                                                     String field) {
        if (line.outcome() != DecisionOutcome.FUND) {
            return List.of();
        }
        if (line.amount() <= 0) {
            return List.of(FieldProblem.of(field + ":amount", "decision.problem.amountNotPositive", candidate.label(),
                    line.amount()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (line.amount() > candidate.requested()) {
            problems.add(FieldProblem.of(field + ":amount", "decision.problem.aboveRequest", candidate.label(),
                    line.amount(), candidate.requested()));
        }
        if (line.amount() > callMaximum) {
            problems.add(FieldProblem.of(field + ":amount", "decision.problem.aboveMaximum", candidate.label(),
                    line.amount(), callMaximum));
        }
        return problems;
    }

    private static List<FieldProblem> justificationLength(DecisionLine line, DecisionCandidate candidate, String field) {
        return line.justification() != null && line.justification().length() > DecisionLine.JUSTIFICATION_MAX
                ? List.of(FieldProblem.of(field + ":justification", "decision.problem.justificationTooLong",
                candidate.label(), DecisionLine.JUSTIFICATION_MAX))
                : List.of();
    }

    /** Every application not funded, without a justification, ranked above the lowest-ranked funded one. */
    private static List<FieldProblem> departures(List<DecisionLine> lines, Map<Long, DecisionCandidate> candidates) {
        int lowestFunded = lines.stream().filter(l -> l.outcome() == DecisionOutcome.FUND)
                .mapToInt(l -> candidates.get(l.applicationId()).rank()).max().orElse(0);
        return lines.stream()
                .filter(l -> l.outcome() != DecisionOutcome.FUND && l.justification() == null)
                .map(l -> candidates.get(l.applicationId()))
                .filter(c -> c.rank() < lowestFunded)
                .map(c -> FieldProblem.of("line:" + c.applicationId() + ":justification",
                        "decision.problem.justificationNeeded", c.label(), c.rank(), lowestFunded))
                .toList();
    }

    /** Every ministry whose parts of the funded amounts add up to more than remains of its money, with the numbers. */
    private static List<FieldProblem> budgetProblems(List<DecisionLine> lines, List<MinistryBudget> budgets) {
        Map<String, Long> committed = committed(parts(lines, budgets));
        return budgets.stream().filter(b -> committed.getOrDefault(b.ministryCode(), 0L) > b.remaining())
                .map(b -> FieldProblem.of("budget:" + b.ministryCode(), "decision.problem.overBudget",
                        b.name(), committed.get(b.ministryCode()), b.remaining(),
                        committed.get(b.ministryCode()) - b.remaining()))
                .toList();
    }
}
