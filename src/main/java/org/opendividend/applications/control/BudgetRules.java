package org.opendividend.applications.control;

import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The budget's rules, checked on the server whatever the page showed: whole non-negative TWD amounts, a category
 * on every line, project years within the project's duration, and a total within the call's minimum and maximum
 * grant. Totals are what the page shows live.
 */
public final class BudgetRules {

    static final int DESCRIPTION_MAX = 500;

    private BudgetRules() {
    }

    /** Problems that prevent saving a line at all (the draft keeps everything else). */
    public static List<FieldProblem> lineProblems(List<BudgetLine> lines, int durationMonths) {
        List<FieldProblem> problems = new ArrayList<>();
        int years = projectYears(durationMonths);
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            String field = "budget." + i;
            if (line.category() == null) {
                problems.add(FieldProblem.of(field + ".category", "validation.required"));
            }
            Text.wholeTwd(problems, field + ".amount", line.amount());
            Text.maxLength(problems, field + ".description", line.description(), DESCRIPTION_MAX);
            if (line.projectYear() < 1 || line.projectYear() > years) {
                problems.add(FieldProblem.of(field + ".projectYear", "validation.between", 1, years));
            }
        }
        return problems;
    }

    /** Problems that prevent submission: the total must lie within the call's grant limits. */
    public static List<FieldProblem> submissionProblems(List<BudgetLine> lines, BigDecimal minGrant, BigDecimal maxGrant) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal total = total(lines);
        if (lines.isEmpty()) {
            problems.add(FieldProblem.of("budget", "budget.problem.empty"));
        } else if (total.compareTo(minGrant) < 0 || total.compareTo(maxGrant) > 0) {
            problems.add(FieldProblem.of("budget", "budget.problem.outsideLimits", total, minGrant, maxGrant));
        }
        return problems;
    }

    public static BigDecimal total(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Map<Integer, BigDecimal> totalsByYear(List<BudgetLine> lines) {
        Map<Integer, BigDecimal> totals = new TreeMap<>();
        lines.stream().filter(l -> l.amount() != null)
                .forEach(l -> totals.merge(l.projectYear(), l.amount(), BigDecimal::add));
        return totals;
    }

    public static Map<BudgetCategory, BigDecimal> totalsByCategory(List<BudgetLine> lines) {
        Map<BudgetCategory, BigDecimal> totals = new EnumMap<>(BudgetCategory.class);
        lines.stream().filter(l -> l.amount() != null && l.category() != null)
                .forEach(l -> totals.merge(l.category(), l.amount(), BigDecimal::add));
        return totals;
    }

    /** A project of 13 to 24 months has two project years, and so on; at least one. */
    public static int projectYears(int durationMonths) {
        return Math.max(1, (durationMonths + 11) / 12);
    }
}
