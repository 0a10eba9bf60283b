package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.review.entity.DecisionStatus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the decision's page offers and the approvers' queue lists: permission, the decision's table and four eyes
 * together. A published call led by moc and co-funded by moda, read after it closed (decision time) unless said.
 */
class DecisionRightsTest {

    private static final String PROPOSER = CallFixtures.officerOfMoc().subject();
    private final CallView call = CallView.of(CallFixtures.published());

    private DecisionRights.Now now(Caller caller, DecisionStatus status, List<String> awaited) {
        return DecisionRights.of(caller, call, false, status, status == DecisionStatus.DRAFT ? null : PROPOSER,
                awaited, CallFixtures.AFTER);
    }

    @Test
    void theLeadsOfficerWritesADraftOnlyOnceTheCallTakesItsDecision() {
        assertEquals(new DecisionRights.Now(true, false, List.of()),
                now(CallFixtures.officerOfMoc(), DecisionStatus.DRAFT, List.of()));
        assertEquals(new DecisionRights.Now(false, false, List.of()), DecisionRights.of(CallFixtures.officerOfMoc(),
                call, false, DecisionStatus.DRAFT, null, List.of(), CallFixtures.DURING), "the call still takes applications");
        assertEquals(new DecisionRights.Now(false, false, List.of()),
                now(CallFixtures.officerOfMoc(), DecisionStatus.PROPOSED, List.of()), "a proposal is not edited");
        assertEquals(new DecisionRights.Now(false, false, List.of()), DecisionRights.of(CallFixtures.officerOfMoc(),
                call, true, DecisionStatus.DRAFT, null, List.of(), CallFixtures.AFTER), "a competitor writes nothing");
    }

    @Test
    void theLeadsApproverApprovesAProposalUnlessTheyProposedIt() {
        assertEquals(new DecisionRights.Now(false, true, List.of()),
                now(CallFixtures.approverOfMoc(), DecisionStatus.PROPOSED, List.of()));
        assertEquals(new DecisionRights.Now(false, false, List.of()),
                now(CallFixtures.approverOfMoc(), DecisionStatus.DRAFT, List.of()), "nothing to approve in a draft");
        Caller proposerWhoApproves = CallFixtures.authorWhoIsAlsoApprover();
        assertEquals(new DecisionRights.Now(false, false, List.of()), DecisionRights.of(proposerWhoApproves, call,
                false, DecisionStatus.PROPOSED, proposerWhoApproves.subject(), List.of(), CallFixtures.AFTER),
                "four eyes: whoever proposed it approves nothing of it");
        assertEquals(new DecisionRights.Now(false, false, List.of()),
                now(CallFixtures.approverOfModa(), DecisionStatus.PROPOSED, List.of()), "moda does not lead");
    }

    @Test
    void eachCoFundersApproverAnswersForItsOwnAwaitedShare() {
        List<String> awaited = List.of(CallFixtures.CO_FUNDER);
        assertEquals(new DecisionRights.Now(false, false, awaited),
                now(CallFixtures.approverOfModa(), DecisionStatus.APPROVED, awaited));
        assertEquals(new DecisionRights.Now(false, false, List.of()),
                now(CallFixtures.approverOfModa(), DecisionStatus.APPROVED, List.of()), "already confirmed");
        assertEquals(new DecisionRights.Now(false, false, List.of()),
                now(CallFixtures.approverOfMoc(), DecisionStatus.APPROVED, awaited), "not moda's approver");
        assertEquals(new DecisionRights.Now(false, false, List.of()),
                now(CallFixtures.approverOfNstc(), DecisionStatus.APPROVED, awaited), "nstc has no money in it");
        assertEquals(new DecisionRights.Now(false, false, List.of()),
                now(CallFixtures.approverOfModa(), DecisionStatus.DECIDED, List.of()), "a taken decision waits for nobody");
    }
}
