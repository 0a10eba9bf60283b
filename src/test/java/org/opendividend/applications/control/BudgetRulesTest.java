package org.opendividend.applications.control;

import org.junit.jupiter.api.Test;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.platform.validation.FieldProblem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetRulesTest {

    private static BudgetLine line(BudgetCategory category, int year, String amount) {
        return new BudgetLine(category, year, "line", amount == null ? null : new BigDecimal(amount));
    }

    @Test
    void projectYearsFollowTheDurationInStartedYears() {
        assertEquals(1, BudgetRules.projectYears(1));
        assertEquals(1, BudgetRules.projectYears(12));
        assertEquals(2, BudgetRules.projectYears(13));
        assertEquals(2, BudgetRules.projectYears(24));
        assertEquals(3, BudgetRules.projectYears(25));
        assertEquals(1, BudgetRules.projectYears(0), "at least one year, even before a duration is entered");
    }

    @Test
    void validLinesHaveNoProblems() {
        assertEquals(List.of(), BudgetRules.lineProblems(List.of(line(BudgetCategory.PERSONNEL, 1, "1200000"),
                line(BudgetCategory.COMPUTE, 2, "800000")), 24));
    }

    @Test
    void decimalsNegativesMissingAmountsAndCategoriesAreRefusedAtTheirLine() {
        List<FieldProblem> problems = BudgetRules.lineProblems(List.of(
                line(BudgetCategory.PERSONNEL, 1, "100.5"),
                line(BudgetCategory.TRAVEL, 1, "-1"),
                line(null, 1, null)), 12);
        assertEquals(List.of(
                FieldProblem.of("budget.0.amount", "validation.twd.whole"),
                FieldProblem.of("budget.1.amount", "validation.twd.negative"),
                FieldProblem.of("budget.2.category", "validation.required"),
                FieldProblem.of("budget.2.amount", "validation.required")), problems);
    }

    @Test
    void yearsBeyondTheDurationAreRefused() {
        assertEquals(List.of(FieldProblem.of("budget.0.projectYear", "validation.between", 1, 2)),
                BudgetRules.lineProblems(List.of(line(BudgetCategory.EQUIPMENT, 3, "1000")), 18));
        assertEquals(List.of(FieldProblem.of("budget.0.projectYear", "validation.between", 1, 1)),
                BudgetRules.lineProblems(List.of(line(BudgetCategory.EQUIPMENT, 0, "1000")), 6));
    }

    @Test
    void theTotalMustLieWithinTheCallsGrantLimitsInclusive() {
        BigDecimal min = new BigDecimal("1000000");
        BigDecimal max = new BigDecimal("5000000");
        assertEquals(List.of(), BudgetRules.submissionProblems(List.of(line(BudgetCategory.PERSONNEL, 1, "1000000")), min, max));
        assertEquals(List.of(), BudgetRules.submissionProblems(List.of(line(BudgetCategory.PERSONNEL, 1, "3000000"),
                line(BudgetCategory.COMPUTE, 1, "2000000")), min, max));
        assertEquals(List.of(FieldProblem.of("budget", "budget.problem.outsideLimits", new BigDecimal("5000001"), min, max)),
                BudgetRules.submissionProblems(List.of(line(BudgetCategory.PERSONNEL, 1, "5000001")), min, max));
        assertEquals(List.of(FieldProblem.of("budget", "budget.problem.outsideLimits", new BigDecimal("999999"), min, max)),
                BudgetRules.submissionProblems(List.of(line(BudgetCategory.PERSONNEL, 1, "999999")), min, max));
        assertEquals(List.of(FieldProblem.of("budget", "budget.problem.empty")), BudgetRules.submissionProblems(List.of(), min, max));
    }

    @Test
    void totalsByYearAndCategoryAddUpToTheTotal() {
        List<BudgetLine> lines = List.of(line(BudgetCategory.PERSONNEL, 1, "100"), line(BudgetCategory.PERSONNEL, 2, "200"),
                line(BudgetCategory.COMPUTE, 2, "50"), line(BudgetCategory.TRAVEL, 1, null));
        assertEquals(new BigDecimal("350"), BudgetRules.total(lines));
        assertEquals(Map.of(1, new BigDecimal("100"), 2, new BigDecimal("250")), BudgetRules.totalsByYear(lines));
        assertEquals(Map.of(BudgetCategory.PERSONNEL, new BigDecimal("300"), BudgetCategory.COMPUTE, new BigDecimal("50")),
                BudgetRules.totalsByCategory(lines));
        assertTrue(BudgetRules.totalsByCategory(List.of()).isEmpty());
    }
}
