package org.opendividend.awards.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.workflow.Workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offer's table, walked whole (every row, every pair it has no row for), and the award that follows it. */
class AwardWorkflowTest {

    private static final Instant NOW = Instant.parse("2027-05-02T02:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-06-01T15:59:59Z");

    /** The expected table, written out: from, action, to, who. */
    private static final Map<List<Object>, List<Object>> EXPECTED = Map.of(
            List.of(AwardStatus.OFFERED, AwardAction.ACCEPT_AWARD), List.of(AwardStatus.ACCEPTED, AwardWorkflow.Who.OWNER),
            List.of(AwardStatus.OFFERED, AwardAction.DECLINE_AWARD), List.of(AwardStatus.DECLINED, AwardWorkflow.Who.OWNER),
            List.of(AwardStatus.OFFERED, AwardAction.WITHDRAW_AWARD),
            List.of(AwardStatus.WITHDRAWN, AwardWorkflow.Who.LEAD_OFFICER),
            List.of(AwardStatus.ACCEPTED, AwardAction.SUSPEND_AWARD),
            List.of(AwardStatus.SUSPENDED, AwardWorkflow.Who.LEAD_APPROVER),
            List.of(AwardStatus.SUSPENDED, AwardAction.RESUME_AWARD),
            List.of(AwardStatus.ACCEPTED, AwardWorkflow.Who.LEAD_APPROVER),
            List.of(AwardStatus.ACCEPTED, AwardAction.TERMINATE_AWARD),
            List.of(AwardStatus.TERMINATED, AwardWorkflow.Who.LEAD_APPROVER),
            List.of(AwardStatus.SUSPENDED, AwardAction.TERMINATE_AWARD),
            List.of(AwardStatus.TERMINATED, AwardWorkflow.Who.LEAD_APPROVER));

    @Test
    void everyPairOfStateAndActionIsTheTablesRowOrRefused() {
        for (AwardStatus from : AwardStatus.values()) {
            for (AwardAction action : AwardAction.values()) {
                List<Object> expected = EXPECTED.get(List.of(from, action));
                var row = AwardWorkflow.RULES.find(from, action);
                if (expected == null) {
                    assertTrue(row.isEmpty(), from + " " + action);
                    for (AwardWorkflow.Who who : AwardWorkflow.Who.values()) {
                        assertThrows(ForbiddenTransitionException.class,
                                () -> AwardWorkflow.RULES.transition(from, action, who), from + " " + action);
                    }
                } else {
                    Workflow.Transition<AwardStatus, AwardAction, AwardWorkflow.Who> found = row.orElseThrow();
                    assertEquals(expected, List.of(found.to(), found.who()), from + " " + action);
                    for (AwardWorkflow.Who who : AwardWorkflow.Who.values()) {
                        if (who != found.who()) {
                            assertThrows(ForbiddenTransitionException.class,
                                    () -> AwardWorkflow.RULES.transition(from, action, who), who.toString());
                        }
                    }
                }
            }
        }
        assertEquals(EXPECTED.size(), AwardWorkflow.RULES.rows().size());
    }

    @Test
    void onlyAnOfferAwaitsAnAnswerOnlyAnAcceptedOnePaysADeclinedOrWithdrawnOneFreesItsMoneyATerminatedOneItsUnpaid() {
        for (AwardStatus status : AwardStatus.values()) {
            AwardWorkflow.State state = AwardWorkflow.state(status);
            assertEquals(status == AwardStatus.OFFERED, state.awaitsAnswer(), status.name());
            assertEquals(status == AwardStatus.ACCEPTED, state.binding(), status.name());
            assertEquals(status == AwardStatus.DECLINED || status == AwardStatus.WITHDRAWN, state.freesMoney(),
                    status.name());
            assertEquals(status == AwardStatus.ACCEPTED || status == AwardStatus.SUSPENDED, state.commits(),
                    status.name());
            assertEquals(status == AwardStatus.TERMINATED, state.returnsUnpaid(), status.name());
        }
    }

    @Test
    void anAcceptedAwardIsSuspendedResumedAndTerminatedOnlyAsMeasuresWithFourEyes() {
        Award award = offered();
        assertFalse(award.allows(AwardAction.SUSPEND_AWARD), "an offer is not suspended");
        assertThrows(ForbiddenTransitionException.class, () -> award.take(AwardAction.TERMINATE_AWARD));
        award.accept("sub-owner", NOW);

        AwardMeasure suspension = AwardMeasure.propose(7, AwardAction.SUSPEND_AWARD, " reports overdue ", "sub-officer",
                NOW);
        assertTrue(suspension.isOpen());
        assertEquals("reports overdue", suspension.reason());
        assertTrue(suspension.proposedBy("sub-officer"));
        suspension.confirm(award, "sub-approver", NOW);
        assertEquals(AwardStatus.SUSPENDED, award.status());
        assertFalse(suspension.isOpen());
        assertEquals(Boolean.TRUE, suspension.confirmed());
        assertThrows(IllegalStateException.class, () -> suspension.refuse("sub-approver", "late", NOW),
                "a decided measure is decided once");
        assertFalse(award.allows(AwardAction.SUSPEND_AWARD));
        assertTrue(award.allows(AwardAction.RESUME_AWARD));

        AwardMeasure termination = AwardMeasure.propose(7, AwardAction.TERMINATE_AWARD, "no reports", "sub-officer", NOW);
        termination.refuse("sub-approver", "give them a month", NOW);
        assertEquals(AwardStatus.SUSPENDED, award.status(), "a refused measure changes nothing");
        assertEquals("give them a month", termination.refusalReason());

        AwardMeasure.propose(7, AwardAction.TERMINATE_AWARD, "still no reports", "sub-officer", NOW)
                .confirm(award, "sub-approver", NOW);
        assertEquals(AwardStatus.TERMINATED, award.status());
        for (AwardAction measure : AwardAction.MEASURES) {
            assertFalse(award.allows(measure), "terminated is final: " + measure);
        }
        assertThrows(IllegalArgumentException.class,
                () -> AwardMeasure.propose(7, AwardAction.SUSPEND_AWARD, " ", "sub-officer", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> AwardMeasure.propose(7, AwardAction.ACCEPT_AWARD, "why", "sub-officer", NOW));
        assertThrows(IllegalArgumentException.class, () -> award.take(AwardAction.WITHDRAW_AWARD));
    }

    @Test
    void anOfferIsNumberedInItsCallAndRecordsWhoAcceptedAndWhen() {
        Award award = offered();
        assertEquals("1007-3", award.number());
        assertEquals(AwardStatus.OFFERED, award.status());
        assertTrue(award.awaitsAnswerAt(NOW));
        assertFalse(award.awaitsAnswerAt(DEADLINE), "not at the deadline itself");
        assertTrue(award.holdsMoney());

        award.accept("sub-owner", NOW.plusNanos(1_234_567));
        assertEquals(AwardStatus.ACCEPTED, award.status());
        assertEquals("sub-owner", award.answeredBy());
        assertEquals(NOW.plusNanos(1_234_000), award.answeredAt(), "kept to the microsecond");
        assertFalse(award.awaitsAnswerAt(NOW));
        assertThrows(ForbiddenTransitionException.class, () -> award.decline("sub-owner", "changed our mind", NOW));
        assertThrows(ForbiddenTransitionException.class, () -> award.withdraw("sub-officer", NOW));
    }

    @Test
    void aDeclineNeedsAReasonAndFreesTheMoney() {
        Award award = offered();
        assertThrows(IllegalArgumentException.class, () -> award.decline("sub-owner", " ", NOW));
        assertThrows(IllegalArgumentException.class, () -> award.decline("sub-owner", "x".repeat(1001), NOW));
        assertEquals(AwardStatus.OFFERED, award.status(), "nothing changed");
        assertNull(award.answeredBy());

        award.decline("sub-owner", "  The team has left.  ", NOW);
        assertEquals(AwardStatus.DECLINED, award.status());
        assertEquals("The team has left.", award.declineReason());
        assertFalse(award.holdsMoney());
        assertThrows(ForbiddenTransitionException.class, () -> award.accept("sub-owner", NOW));
    }

    @Test
    void termsMustAddUp() {
        assertThrows(IllegalArgumentException.class, () -> new OfferTerms(1_000, List.of(new AwardPart("moc", 900)),
                LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30), DEADLINE, tranches(1_000), List.of(),
                MofClass.NONE, 6, 10), "parts short of the amount");
        assertThrows(IllegalArgumentException.class, () -> new OfferTerms(1_000, List.of(new AwardPart("moc", 1_000)),
                LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30), DEADLINE, tranches(999), List.of(),
                MofClass.NONE, 6, 10), "tranches short of the amount");
    }

    static Award offered() {
        OfferTerms terms = new OfferTerms(1_000, List.of(new AwardPart("moc", 600), new AwardPart("moda", 400)),
                LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30), DEADLINE, tranches(1_000),
                List.of(new Obligation(OutputType.DATASET, "客語語料", "CC-BY-4.0", "CC-BY-4.0, CC0-1.0",
                        LocalDate.of(2028, 12, 31), "https://huggingface.co/x", "hak")),
                MofClass.NONE, 6, 10);
        return Award.offer(new Award.Offered(1007, 3, 42, 7, "moc", "客語語音", "Hakka speech", false), terms,
                "sub-officer-moc", NOW);
    }

    private static List<Tranche> tranches(long amount) {
        return List.of(new Tranche(new BigDecimal("100.00"), amount, LocalDate.of(2027, 7, 1), null,
                TrancheCondition.AGREEMENT, false));
    }
}
