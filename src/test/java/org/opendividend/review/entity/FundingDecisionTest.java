package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A call's funding decision over its whole table, on a real decision: every state with every action, and four eyes. */
class FundingDecisionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final String OFFICER = "officer-moc";
    private static final String APPROVER = "approver-moc";
    private static final String MODA_APPROVER = "approver-moda";

    /** Application 7 funded with 1,000,000 TWD, paid by moc, moda and nstc; application 8 on the reserve list. */
    private static final List<DecisionLine> LINES = List.of(
            new DecisionLine(7, DecisionOutcome.FUND, 1_000_000, null),
            new DecisionLine(8, DecisionOutcome.RESERVE, 0, null));
    private static final List<DecisionPart> PARTS = List.of(
            new DecisionPart(7, "moc", 500_000), new DecisionPart(7, "moda", 300_000), new DecisionPart(7, "nstc", 200_000));

    /** The lifecycle as the issue states it, written out here independently of the table (two co-funders to confirm). */
    private static final Map<DecisionStatus, Map<DecisionAction, DecisionStatus>> EXPECTED = Map.of(
            DecisionStatus.DRAFT, Map.of(
                    DecisionAction.EDIT, DecisionStatus.DRAFT,
                    DecisionAction.PROPOSE, DecisionStatus.PROPOSED),
            DecisionStatus.PROPOSED, Map.of(
                    DecisionAction.RETURN, DecisionStatus.DRAFT,
                    DecisionAction.APPROVE, DecisionStatus.APPROVED),
            DecisionStatus.APPROVED, Map.of(
                    DecisionAction.CONFIRM_SHARE, DecisionStatus.APPROVED,
                    DecisionAction.REFUSE_SHARE, DecisionStatus.DRAFT));

    /** Each action a person takes, as the decision is asked to take it (COMPLETE follows the last confirmation). */
    private static final Map<DecisionAction, Consumer<FundingDecision>> TAKE = Map.ofEntries(
            entry(DecisionAction.EDIT, d -> d.write(LINES, PARTS)),
            entry(DecisionAction.PROPOSE, d -> d.propose(OFFICER, NOW)),
            entry(DecisionAction.RETURN, d -> d.sendBack(APPROVER, "justify the reserve list")),
            entry(DecisionAction.APPROVE, d -> d.approve(APPROVER, NOW)),
            entry(DecisionAction.CONFIRM_SHARE, d -> d.confirmShare("moda", MODA_APPROVER, NOW)),
            entry(DecisionAction.REFUSE_SHARE, d -> d.refuseShare("moda", MODA_APPROVER, "our budget is frozen")));

    private static final Map<DecisionStatus, List<DecisionAction>> WAY = Map.of(
            DecisionStatus.DRAFT, List.of(DecisionAction.EDIT),
            DecisionStatus.PROPOSED, List.of(DecisionAction.EDIT, DecisionAction.PROPOSE),
            DecisionStatus.APPROVED, List.of(DecisionAction.EDIT, DecisionAction.PROPOSE, DecisionAction.APPROVE));

    private static FundingDecision at(DecisionStatus status) {
        FundingDecision decision = FundingDecision.draft(1005, "moc");
        if (status == DecisionStatus.DECIDED) {
            WAY.get(DecisionStatus.APPROVED).forEach(action -> TAKE.get(action).accept(decision));
            decision.confirmShare("moda", MODA_APPROVER, NOW);
            decision.confirmShare("nstc", "approver-nstc", NOW);
        } else {
            WAY.get(status).forEach(action -> TAKE.get(action).accept(decision));
        }
        assertEquals(status, decision.status());
        return decision;
    }

    @Test
    void everyStateAndActionIsPossibleExactlyWhenTheLifecycleHasIt() {
        List<Executable> checks = new ArrayList<>();
        for (DecisionStatus from : DecisionStatus.values()) {
            for (DecisionAction action : TAKE.keySet()) {
                DecisionStatus to = EXPECTED.getOrDefault(from, Map.of()).get(action);
                checks.add(() -> {
                    FundingDecision decision = at(from);
                    if (to != null) {
                        TAKE.get(action).accept(decision);
                        assertEquals(to, decision.status(), from + " + " + action);
                    } else {
                        List<DecisionLine> before = decision.lines();
                        assertThrows(ForbiddenTransitionException.class, () -> TAKE.get(action).accept(decision),
                                from + " + " + action);
                        assertEquals(from, decision.status(), "refused and unchanged: " + from + " + " + action);
                        assertEquals(before, decision.lines(), "refused and unchanged: " + from + " + " + action);
                    }
                });
            }
        }
        assertEquals(DecisionStatus.values().length * (DecisionAction.values().length - 1), checks.size());
        assertAll(checks);
    }

    @Test
    void theProposerApprovesNothingOfTheirOwnDecision() {
        FundingDecision proposed = at(DecisionStatus.PROPOSED);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> proposed.approve(OFFICER, NOW));
        assertEquals("denied.decision.proposerApproves", refused.reasonKey());
        assertEquals(DecisionStatus.PROPOSED, proposed.status());

        FundingDecision approved = at(DecisionStatus.APPROVED);
        assertThrows(AccessDeniedException.class, () -> approved.confirmShare("moda", OFFICER, NOW),
                "one person acting for the lead and a co-funder is still one pair of eyes");
        assertEquals(List.of("moda", "nstc"), approved.awaitedMinistries());
    }

    @Test
    void theDecisionIsTakenOnlyWhenEveryMinistryWithMoneyInItConfirmed() {
        FundingDecision decision = at(DecisionStatus.APPROVED);
        assertEquals(List.of("moc", "moda", "nstc"), decision.committedMinistries());
        assertEquals(List.of("moda", "nstc"), decision.awaitedMinistries(), "the lead approved for its own money");
        decision.confirmShare("moda", MODA_APPROVER, NOW);
        assertEquals(DecisionStatus.APPROVED, decision.status());
        assertThrows(ForbiddenTransitionException.class, () -> decision.confirmShare("moda", MODA_APPROVER, NOW),
                "a ministry confirms once");
        assertThrows(ForbiddenTransitionException.class, () -> decision.confirmShare("moe", "approver-moe", NOW),
                "a ministry without money in it has nothing to confirm");
        decision.confirmShare("nstc", "approver-nstc", NOW.plusSeconds(60));
        assertEquals(DecisionStatus.DECIDED, decision.status());
        assertEquals(NOW.plusSeconds(60), decision.decidedAt());
        assertTrue(DecisionWorkflow.state(decision.status()).taken());
    }

    @Test
    void aDecisionOnlyTheLeadPaysForIsTakenWhenTheLeadApproves() {
        FundingDecision decision = FundingDecision.draft(1001, "moc");
        decision.write(List.of(new DecisionLine(7, DecisionOutcome.FUND, 400_000, null)),
                List.of(new DecisionPart(7, "moc", 400_000)));
        decision.propose(OFFICER, NOW);
        decision.approve(APPROVER, NOW);
        assertEquals(DecisionStatus.DECIDED, decision.status());
        assertEquals(List.of(), decision.awaitedMinistries());
    }

    @Test
    void aRefusedShareSendsTheProposalBackAndForgetsTheApprovals() {
        FundingDecision decision = at(DecisionStatus.APPROVED);
        decision.confirmShare("moda", MODA_APPROVER, NOW);
        assertThrows(IllegalArgumentException.class, () -> decision.refuseShare("nstc", "approver-nstc", " "),
                "a refusal needs a reason");
        decision.refuseShare("nstc", "approver-nstc", "  the amount is above our plan ");
        assertEquals(DecisionStatus.DRAFT, decision.status());
        assertEquals("the amount is above our plan", decision.sentBackReason());
        assertNull(decision.approvedBy());
        assertEquals(List.of(), decision.confirmations(), "proposed again, every ministry confirms again");

        decision.propose(OFFICER, NOW);
        assertNull(decision.sentBackReason());
        decision.approve(APPROVER, NOW);
        assertEquals(List.of("moda", "nstc"), decision.awaitedMinistries());
    }

    @Test
    void anAmountIsKeptOnlyForAFundedApplication() {
        DecisionLine reserve = new DecisionLine(8, DecisionOutcome.RESERVE, 250_000, "  ");
        assertEquals(0, reserve.amount());
        assertNull(reserve.justification());
    }
}
