package org.opendividend.review.control.decision;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionOutcome;
import org.opendividend.review.entity.DecisionPart;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checks of a funding decision's lines, with the numbers an officer acts on. */
class DecisionChecksTest {

    private static final long MAXIMUM = 2_000_000;
    /** Ranked 1 to 3, requests in TWD. */
    private static final List<DecisionCandidate> RANKED = List.of(
            new DecisionCandidate(11, "OD-11", 1, 1_500_000),
            new DecisionCandidate(12, "OD-12", 2, 1_000_000),
            new DecisionCandidate(13, "OD-13", 3, 2_500_000));
    /** moc pays 60 %, moda 40 %. */
    private static final List<MinistryBudget> BUDGETS = List.of(
            new MinistryBudget("moc", "Ministry of Culture", 6_000_000, 3_000_000),
            new MinistryBudget("moda", "Ministry of Digital Affairs", 4_000_000, 1_000_000));

    private static DecisionLine fund(long id, long amount) {
        return new DecisionLine(id, DecisionOutcome.FUND, amount, null);
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void aDecisionInRankOrderWithinEveryBudgetHasNoProblem() {
        List<DecisionLine> lines = List.of(fund(11, 1_500_000), fund(12, 1_000_000),
                new DecisionLine(13, DecisionOutcome.REJECT, 0, null));
        assertEquals(List.of(), DecisionChecks.proposal(lines, RANKED, MAXIMUM, BUDGETS));
    }

    @Test
    void anAmountAboveTheRequestOrTheMaximumOrNotAboveZeroIsRefusedWithTheNumbers() {
        List<FieldProblem> problems = DecisionChecks.draft(List.of(fund(11, 0), fund(12, 1_200_000), fund(13, 2_100_000)),
                RANKED, MAXIMUM, List.of(new MinistryBudget("moc", "Ministry of Culture", 1, 10_000_000)));
        assertEquals(List.of("line:11:amount decision.problem.amountNotPositive",
                "line:12:amount decision.problem.aboveRequest", "line:13:amount decision.problem.aboveMaximum"),
                keys(problems));
        assertEquals(List.of("OD-12", 1_200_000L, 1_000_000L), problems.get(1).arguments());
        assertEquals(List.of("OD-13", 2_100_000L, MAXIMUM), problems.get(2).arguments());
    }

    @Test
    void aMinistryCommittingMoreThanRemainsOfItsMoneyIsToldHowMuchTooMuch() {
        // 1,500,000 + 1,000,000 split 60/40: moc 1,500,000 of 3,000,000 (fits), moda 1,000,000 of 1,000,000 (fits);
        // 13 at 2,000,000 adds 800,000 to moda: 1,800,000, 800,000 too much
        List<DecisionLine> lines = List.of(fund(11, 1_500_000), fund(12, 1_000_000), fund(13, 2_000_000));
        List<FieldProblem> problems = DecisionChecks.proposal(lines, RANKED, MAXIMUM, BUDGETS);
        assertEquals(List.of("budget:moda decision.problem.overBudget"), keys(problems));
        assertEquals(List.of("Ministry of Digital Affairs", 1_800_000L, 1_000_000L, 800_000L), problems.get(0).arguments());
    }

    @Test
    void leavingAHigherRankedApplicationUnfundedNeedsAJustification() {
        List<DecisionLine> skipped = List.of(new DecisionLine(11, DecisionOutcome.RESERVE, 0, null), fund(12, 1_000_000),
                new DecisionLine(13, DecisionOutcome.REJECT, 0, null));
        List<FieldProblem> problems = DecisionChecks.proposal(skipped, RANKED, MAXIMUM, BUDGETS);
        assertEquals(List.of("line:11:justification decision.problem.justificationNeeded"), keys(problems));
        assertEquals(List.of("OD-11", 1, 2), problems.get(0).arguments());

        List<DecisionLine> justified = List.of(
                new DecisionLine(11, DecisionOutcome.RESERVE, 0, "the moda share binds; 11 is first on the reserve list"),
                fund(12, 1_000_000), new DecisionLine(13, DecisionOutcome.REJECT, 0, null));
        assertEquals(List.of(), DecisionChecks.proposal(justified, RANKED, MAXIMUM, BUDGETS),
                "rejecting the last-ranked departs from nothing");
    }

    @Test
    void aProposalHasOneLineForEveryRankedApplicationAndNoOther() {
        List<DecisionLine> lines = List.of(fund(11, 1_000_000), fund(11, 900_000), fund(99, 100));
        assertEquals(List.of("line:11 decision.problem.twoLines", "line:99 decision.problem.notRanked",
                        "line:12 decision.problem.noLine", "line:13 decision.problem.noLine"),
                keys(DecisionChecks.proposal(lines, RANKED, MAXIMUM, BUDGETS)));
        assertEquals(List.of(), DecisionChecks.draft(List.of(fund(11, 1_000_000)), RANKED, MAXIMUM, BUDGETS),
                "a draft may leave applications out");
    }

    @Test
    void everyFundedAmountIsSplitByTheSharesToTheLastDollar() {
        List<DecisionPart> parts = DecisionChecks.parts(List.of(fund(11, 1_000_001),
                new DecisionLine(12, DecisionOutcome.RESERVE, 0, null)), BUDGETS);
        assertEquals(List.of("11 moc 600001", "11 moda 400000"),
                parts.stream().map(p -> p.applicationId() + " " + p.ministryCode() + " " + p.amount()).toList());
    }
}
