package org.opendividend.awards.entity.disbursement;

import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.workflow.Workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.APPROVE_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.APPROVE_TRANCHE_FIRST;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.CHECK_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.RECORD_PAYMENT;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.REQUEST_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.RETURN_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.APPROVED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.APPROVED_ONCE;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.CHECKED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.PAID;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.REQUESTED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.RETURNED;

/** The disbursement's table, walked whole, and the chain that follows it: each step by a different person. */
class DisbursementWorkflowTest {

    private static final Instant NOW = Instant.parse("2027-07-02T02:00:00.123456789Z");
    private static final long TWO_APPROVERS_ABOVE = 1_000_000;

    private static final Map<List<Object>, List<Object>> EXPECTED = Map.ofEntries(
            entry(List.of(REQUESTED, CHECK_TRANCHE), List.of(CHECKED, Who.OFFICER)),
            entry(List.of(REQUESTED, RETURN_TRANCHE), List.of(RETURNED, Who.OFFICER)),
            entry(List.of(CHECKED, APPROVE_TRANCHE), List.of(APPROVED, Who.APPROVER)),
            entry(List.of(CHECKED, APPROVE_TRANCHE_FIRST), List.of(APPROVED_ONCE, Who.APPROVER)),
            entry(List.of(CHECKED, RETURN_TRANCHE), List.of(RETURNED, Who.APPROVER)),
            entry(List.of(APPROVED_ONCE, APPROVE_TRANCHE), List.of(APPROVED, Who.APPROVER)),
            entry(List.of(APPROVED_ONCE, RETURN_TRANCHE), List.of(RETURNED, Who.APPROVER)),
            entry(List.of(APPROVED, RECORD_PAYMENT), List.of(PAID, Who.FINANCE)),
            entry(List.of(RETURNED, REQUEST_TRANCHE), List.of(REQUESTED, Who.GRANTEE)));

    @Test
    void everyPairOfStateAndActionIsTheTablesRowOrRefused() {
        for (DisbursementStatus from : DisbursementStatus.values()) {
            for (DisbursementAction action : DisbursementAction.values()) {
                List<Object> expected = EXPECTED.get(List.of(from, action));
                var row = DisbursementWorkflow.RULES.find(from, action);
                if (expected == null) {
                    assertTrue(row.isEmpty(), from + " " + action);
                    for (Who who : Who.values()) {
                        assertThrows(ForbiddenTransitionException.class,
                                () -> DisbursementWorkflow.RULES.transition(from, action, who));
                    }
                } else {
                    Workflow.Transition<DisbursementStatus, DisbursementAction, Who> found = row.orElseThrow();
                    assertEquals(expected, List.of(found.to(), found.who()), from + " " + action);
                    for (Who who : Who.values()) {
                        if (who != found.who()) {
                            assertThrows(ForbiddenTransitionException.class,
                                    () -> DisbursementWorkflow.RULES.transition(from, action, who));
                        }
                    }
                }
            }
        }
        assertEquals(EXPECTED.size(), DisbursementWorkflow.RULES.rows().size());
    }

    @Test
    void eachStateSaysWhoIsNextAndOnlyPaidCountsAsPaid() {
        assertEquals(Who.OFFICER, DisbursementWorkflow.state(REQUESTED).waitsFor());
        assertEquals(Who.APPROVER, DisbursementWorkflow.state(CHECKED).waitsFor());
        assertEquals(Who.APPROVER, DisbursementWorkflow.state(APPROVED_ONCE).waitsFor());
        assertEquals(Who.FINANCE, DisbursementWorkflow.state(APPROVED).waitsFor());
        assertNull(DisbursementWorkflow.state(PAID).waitsFor());
        assertEquals(Who.GRANTEE, DisbursementWorkflow.state(RETURNED).waitsFor());
        for (DisbursementStatus status : DisbursementStatus.values()) {
            assertEquals(status == PAID, DisbursementWorkflow.state(status).paid(), status.name());
            assertEquals(status != PAID && status != RETURNED, DisbursementWorkflow.state(status).open(),
                    status.name());
            assertEquals(status != REQUESTED && status != RETURNED, DisbursementWorkflow.state(status).reportAccepted(),
                    status.name());
        }
    }

    @Test
    void oneApproverUpToTheAmountFourDifferentPeopleAndEveryStepKept() {
        Disbursement d = requested(TWO_APPROVERS_ABOVE);
        assertEquals(REQUESTED, d.status());
        assertEquals("Built the corpus.", d.progressReport());
        assertEquals(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS), d.requestedAt(), "kept to the microsecond");
        d.check("officer", NOW);
        d.approve("approver", TWO_APPROVERS_ABOVE, NOW);
        assertEquals(APPROVED, d.status(), "at the amount one approver is enough");
        d.pay("finance", NOW);
        assertEquals(PAID, d.status());
        assertEquals(List.of(REQUEST_TRANCHE, CHECK_TRANCHE, APPROVE_TRANCHE, RECORD_PAYMENT),
                d.steps().stream().map(DisbursementStep::action).toList());
        assertEquals(List.of("grantee", "officer", "approver", "finance"),
                d.steps().stream().map(DisbursementStep::actorSubject).toList());
        assertThrows(ForbiddenTransitionException.class, () -> d.pay("finance2", NOW), "paid once");
    }

    @Test
    void aboveTheAmountTwoDifferentApproversAreNeeded() {
        Disbursement d = requested(TWO_APPROVERS_ABOVE + 1);
        d.check("officer", NOW);
        d.approve("approver", TWO_APPROVERS_ABOVE, NOW);
        assertEquals(APPROVED_ONCE, d.status());
        assertThrows(ForbiddenTransitionException.class, () -> d.pay("finance", NOW), "not approved yet");
        assertThrows(AccessDeniedException.class, () -> d.approve("approver", TWO_APPROVERS_ABOVE, NOW),
                "the same approver twice");
        assertEquals(APPROVED_ONCE, d.status());
        d.approve("approver2", TWO_APPROVERS_ABOVE, NOW);
        assertEquals(APPROVED, d.status());
        d.pay("finance", NOW);
        assertEquals(PAID, d.status());
    }

    @Test
    void nobodyTakesTwoStepsOfAChainWhateverRolesTheyHold() {
        Disbursement d = requested(10);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> d.check("grantee", NOW));
        assertEquals(SeparationOfDuties.ALREADY_ACTED, refused.reasonKey());
        d.check("officer", NOW);
        assertThrows(AccessDeniedException.class, () -> d.approve("officer", TWO_APPROVERS_ABOVE, NOW));
        assertThrows(AccessDeniedException.class, () -> d.approve("grantee", TWO_APPROVERS_ABOVE, NOW));
        d.approve("approver", TWO_APPROVERS_ABOVE, NOW);
        for (String already : List.of("grantee", "officer", "approver")) {
            assertThrows(AccessDeniedException.class, () -> d.pay(already, NOW), already);
        }
        assertEquals(APPROVED, d.status(), "nothing changed");
        assertEquals(3, d.steps().size());
        assertFalse(d.mayAct(null));
    }

    @Test
    void aReturnCarriesItsReasonAndANewRequestStartsANewChain() {
        Disbursement d = requested(10);
        assertThrows(IllegalArgumentException.class, () -> d.returnToGrantee("officer", Who.OFFICER, " ", NOW));
        assertThrows(ForbiddenTransitionException.class,
                () -> d.returnToGrantee("approver", Who.APPROVER, "not yet", NOW), "before the check: the officer's");
        d.returnToGrantee("officer", Who.OFFICER, "  The report lacks the figures.  ", NOW);
        assertEquals(RETURNED, d.status());
        assertEquals("The report lacks the figures.", d.returnReason());
        assertEquals(Who.GRANTEE, d.waitsFor());

        d.requestAgain(new Disbursement.Report("Now with figures.", 1_000), "grantee", NOW);
        assertEquals(REQUESTED, d.status());
        assertNull(d.returnReason());
        assertEquals(1_000, d.spentSoFar());
        d.check("officer", NOW);
        assertEquals(CHECKED, d.status(), "the officer who returned the last chain checks the new one");
        assertEquals(List.of("grantee", "officer"), SeparationOfDuties.chain(d.steps()).stream()
                .map(DisbursementStep::actorSubject).toList());
    }

    @Test
    void aReportNeedsItsTextAndNoNegativeAmount() {
        assertThrows(IllegalArgumentException.class, () -> new Disbursement.Report(" ", 0));
        assertThrows(IllegalArgumentException.class, () -> new Disbursement.Report("x".repeat(4001), 0));
        assertThrows(IllegalArgumentException.class, () -> new Disbursement.Report("ok", -1));
    }

    private static Disbursement requested(long amount) {
        return Disbursement.request(42, 0, "moc", amount, new Disbursement.Report(" Built the corpus. ", 0),
                "grantee", NOW);
    }
}
