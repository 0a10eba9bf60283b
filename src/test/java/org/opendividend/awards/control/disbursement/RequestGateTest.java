package org.opendividend.awards.control.disbursement;

import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.Obligation;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.awards.entity.TrancheCondition;
import org.opendividend.awards.entity.disbursement.DisbursementStatus;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.CHECKED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.PAID;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.REQUESTED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.RETURNED;

/** When a tranche may be requested, and what a request's report needs. */
class RequestGateTest {

    private static final LocalDate START = LocalDate.of(2027, 7, 1);
    private static final List<Tranche> TRANCHES = List.of(
            new Tranche(new BigDecimal("40.00"), 400, START, null, TrancheCondition.AGREEMENT, false),
            new Tranche(new BigDecimal("50.00"), 500, START.plusMonths(6), START.plusMonths(5),
                    TrancheCondition.PROGRESS_REPORT, false),
            new Tranche(new BigDecimal("10.00"), 100, START.plusMonths(14), START.plusMonths(13),
                    TrancheCondition.FINAL_REPORT_AND_OUTPUTS, true));
    private static final List<Obligation> OBLIGATIONS = List.of(
            new Obligation(OutputType.DATASET, "客語語料", "CC-BY-4.0", "CC-BY-4.0", START.plusMonths(12), "hf", "hak"),
            new Obligation(OutputType.MODEL_WEIGHTS, "客語模型", "Apache-2.0", "Apache-2.0", START.plusMonths(12), "hf", "hak"));
    private static final RequestGate.Award AWARD = new RequestGate.Award(1_000, true, TRANCHES, OBLIGATIONS, Set.of());

    @Test
    void theFirstTrancheOnItsDueDateInTaipeiAndNotTheDayBefore() {
        assertEquals(List.of(), RequestGate.mayRequest(AWARD, 0, START, Map.of()));
        assertEquals(List.of(FieldProblem.of(null, "disbursement.problem.notDue", 1, "2027-07-01")),
                RequestGate.mayRequest(AWARD, 0, START.minusDays(1), Map.of()));
    }

    @Test
    void onlyAnAcceptedAwardAndATrancheItHas() {
        RequestGate.Award offered = new RequestGate.Award(1_000, false, TRANCHES, OBLIGATIONS, Set.of());
        assertEquals("disbursement.problem.awardNotAccepted",
                RequestGate.mayRequest(offered, 0, START, Map.of()).get(0).messageKey());
        assertEquals("disbursement.problem.noSuchTranche", RequestGate.mayRequest(AWARD, 3, START, Map.of()).get(0)
                .messageKey());
        assertEquals("disbursement.problem.noSuchTranche", RequestGate.mayRequest(AWARD, -1, START, Map.of()).get(0)
                .messageKey());
    }

    @Test
    void onceUnlessAShareCameBack() {
        assertEquals("disbursement.problem.alreadyRequested",
                RequestGate.mayRequest(AWARD, 0, START, Map.of(0, List.of(REQUESTED))).get(0).messageKey());
        assertEquals("disbursement.problem.alreadyRequested",
                RequestGate.mayRequest(AWARD, 0, START, Map.of(0, List.of(PAID, PAID))).get(0).messageKey());
        assertEquals(List.of(), RequestGate.mayRequest(AWARD, 0, START, Map.of(0, List.of(CHECKED, RETURNED))));
    }

    @Test
    void theNextTrancheOnceEveryShareOfTheEarliersReportIsAccepted() {
        LocalDate due = START.plusMonths(6);
        assertEquals(List.of(FieldProblem.of(null, "disbursement.problem.previousReportNotAccepted", 1)),
                RequestGate.mayRequest(AWARD, 1, due, Map.of()));
        assertEquals(List.of(FieldProblem.of(null, "disbursement.problem.previousReportNotAccepted", 1)),
                RequestGate.mayRequest(AWARD, 1, due, Map.of(0, List.of(CHECKED, REQUESTED))));
        assertEquals(List.of(), RequestGate.mayRequest(AWARD, 1, due, Map.of(0, List.of(CHECKED, PAID))));
    }

    @Test
    void theRetainedTrancheNamesTheFirstObligationNotVerified() {
        LocalDate due = START.plusMonths(14);
        Map<Integer, List<DisbursementStatus>> earlier = Map.of(0, List.of(PAID), 1, List.of(PAID));
        assertEquals(List.of(FieldProblem.of(null, "disbursement.problem.obligationNotVerified", "客語語料")),
                RequestGate.mayRequest(AWARD, 2, due, earlier));
        RequestGate.Award firstVerified = new RequestGate.Award(1_000, true, TRANCHES, OBLIGATIONS, Set.of(0));
        assertEquals(List.of(FieldProblem.of(null, "disbursement.problem.obligationNotVerified", "客語模型")),
                RequestGate.mayRequest(firstVerified, 2, due, earlier));
        RequestGate.Award allVerified = new RequestGate.Award(1_000, true, TRANCHES, OBLIGATIONS, Set.of(0, 1));
        assertEquals(List.of(), RequestGate.mayRequest(allVerified, 2, due, earlier));
    }

    @Test
    void aReportNeedsItsTextAndWholeTwdFromNothingToTheAward() {
        assertEquals(List.of(), RequestGate.report("Corpus built.", new BigDecimal("1000"), 1_000, 4000));
        assertEquals(List.of(), RequestGate.report("Corpus built.", new BigDecimal("12.00"), 1_000, 4000),
                "12.00 is twelve whole dollars");
        assertEquals(List.of("disbursement.problem.progressRequired", "disbursement.problem.spentRequired"),
                keys(RequestGate.report(" ", null, 1_000, 4000)));
        assertEquals(List.of("disbursement.problem.wholeTwd"),
                keys(RequestGate.report("ok", new BigDecimal("12.5"), 1_000, 4000)));
        assertEquals(List.of("disbursement.problem.negative"),
                keys(RequestGate.report("ok", new BigDecimal("-1"), 1_000, 4000)));
        assertEquals(List.of(FieldProblem.of("spent", "disbursement.problem.aboveAward", 1_000L)),
                RequestGate.report("ok", new BigDecimal("1001"), 1_000, 4000));
        assertEquals(List.of("disbursement.problem.progressRequired"),
                keys(RequestGate.report("x".repeat(4001), BigDecimal.ZERO, 1_000, 4000)));
    }

    @Test
    void whatRemainsCountsWhatIsRequestedOrPaidButNotWhatCameBack() {
        assertEquals(600, RequestGate.remaining(1_000, Map.of(PAID, 300L, CHECKED, 100L, RETURNED, 500L)));
        assertTrue(RequestGate.remaining(100, Map.of(PAID, 300L)) == 0, "never negative");
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }
}
