package org.opendividend.review;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.arquillian.AtOnce;
import org.opendividend.arquillian.AtOnce.Outcome;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.InRequests;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.boundary.DecisionFacade;
import org.opendividend.review.boundary.DecisionView;
import org.opendividend.review.boundary.ScreeningFacade;
import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionOutcome;
import org.opendividend.review.entity.DecisionStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call's funding decision with four eyes in Payara Micro against the migrated database (issue #11, item 5): the lead's
 * officer saves and proposes, another approver of the lead approves, the co-funder's approver confirms its share and
 * the decision is taken; the proposer approves nothing, people of other ministries and roles and a competing officer
 * are refused every step by the server, a proposal over a ministry's money is refused with the numbers, a stale save
 * is refused and loses nothing, and an approval sent twice approves once.
 */
@ExtendWith(ArquillianExtension.class)
public class DecisionsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.review("decisions-it.war")
                .addClasses(AtOnce.class, Outcome.class, CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, InRequests.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class, RankedCalls.class);
    }

    /** The call's money: moc 600,000 and moda 400,000 TWD, so that two awards of 600,000 TWD overrun both. */
    private static final long LEAD_SHARE = 600_000;
    private static final long CO_FUNDER_SHARE = 400_000;
    private static final long REQUEST = 600_000;

    private static final String LEAD = CallFixtures.LEAD;
    private static final String CO_FUNDER = CallFixtures.CO_FUNDER;

    @Inject
    DecisionFacade decisions;

    @Inject
    ApplicationFacade applications;

    @Inject
    ScreeningFacade screening;

    @Inject
    OrganisationFacade organisations;

    @Inject
    PersonFacade people;

    @Inject
    MinistryFacade ministries;

    @Inject
    CallDirectory callDirectory;

    @Inject
    AssignmentFixtures fixtures;

    @Inject
    RankedCalls ranked;

    @Inject
    AuditChain auditChain;

    @Inject
    ActingAs acting;

    @Inject
    InRequests inRequests;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** A closed call with two eligible applications (each asking 600,000 TWD) ranked by one reviewer: best first. */
    private record Ranked(FundingCall call, long best, long second, Caller competingOfficer) {
    }

    private Ranked rankedCall() {
        FundingCall call = ranked.open(LEAD_SHARE, CO_FUNDER_SHARE, REQUEST);
        // the first applicant is also an officer of the lead ministry: a competitor for the decision
        Caller competingOfficer = CallFixtures.caller("officer-applicant-" + UUID.randomUUID(),
                EnumSet.of(Role.APPLICANT, Role.OFFICER), LEAD);
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = ranked.eligible(call, i == 0 ? competingOfficer
                    : CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT)), REQUEST);
        }
        Caller reviewer = CallFixtures.caller("reviewer-" + UUID.randomUUID(), EnumSet.of(Role.REVIEWER));
        acting.as(reviewer);
        people.recordLogin(reviewer);
        long personId = people.bySubject(reviewer.subject()).orElseThrow().id();
        List<CriterionView> criteria = callDirectory.call(call.id()).review().criteria();
        fixtures.submitted(call.id(), ids[0], personId, reviewer.subject(), RankedCalls.review(criteria, true, "申請人", "委員會"));
        fixtures.submitted(call.id(), ids[1], personId, reviewer.subject(), RankedCalls.review(criteria, false, "申請人", "委員會"));
        // while it takes applications a call takes no funding decision
        acting.as(CallFixtures.authorWhoIsAlsoApprover());
        DecisionView whileOpen = decisions.decision(call.id());
        assertThrows(ForbiddenTransitionException.class, () -> decisions.save(call.id(), List.of(
                new DecisionLine(ids[0], DecisionOutcome.FUND, REQUEST, null)), whileOpen.version()), "an open call");
        assertThrows(ForbiddenTransitionException.class, () -> decisions.propose(call.id(), whileOpen.version()));
        assertTrue(decisions.decision(call.id()).lines().isEmpty(), "refused: nothing written");
        fixtures.closeCall(call.id());
        return new Ranked(call, ids[0], ids[1], competingOfficer);
    }

    private static void refused(String reason, Executable step) {
        assertEquals(reason, assertThrows(AccessDeniedException.class, step).reasonKey());
    }

    private long audited(long callId, String action) {
        return auditChain.latest(200).stream()
                .filter(e -> "Call".equals(e.objectType()) && Long.toString(callId).equals(e.objectId())
                        && action.equals(e.action())).count();
    }

    /**
     * The whole path: the lead's officer (also an approver) saves and proposes; as the proposer they may not approve;
     * another approver of the lead approves, twice with the same version but once in effect; the co-funder's approver
     * confirms its share and the decision is taken, every step audited under the call.
     */
    @Test
    void theLeadProposesAnotherApproverApprovesTheCoFunderConfirmsAndTheDecisionIsTaken() {
        Ranked ranked = rankedCall();
        long callId = ranked.call().id();
        Caller proposer = CallFixtures.authorWhoIsAlsoApprover();
        acting.as(proposer);
        DecisionView draft = decisions.decision(callId);
        assertEquals(DecisionStatus.DRAFT, draft.status());
        assertEquals(List.of(ranked.best(), ranked.second()),
                draft.candidates().stream().map(DecisionCandidate::applicationId).toList(), "ranked, best first");
        assertEquals(List.of(1, 2), draft.candidates().stream().map(DecisionCandidate::rank).toList());
        assertEquals(List.of(REQUEST, REQUEST), draft.candidates().stream().map(DecisionCandidate::requested).toList());
        assertTrue(draft.candidates().stream().allMatch(c -> !c.label().isBlank()));

        DecisionView saved = decisions.save(callId, List.of(
                new DecisionLine(ranked.best(), DecisionOutcome.FUND, 500_000, null),
                new DecisionLine(ranked.second(), DecisionOutcome.RESERVE, 0, null)), draft.version());
        // the call lists its ministries by code: moc, then moda
        assertEquals(List.of(new Part(ranked.best(), LEAD, 300_000), new Part(ranked.best(), CO_FUNDER, 200_000)),
                parts(saved), "split by the shares, 6 : 4");
        assertEquals(List.of(new DecisionView.Money(LEAD, ministries.bilingualName(LEAD), LEAD_SHARE, 300_000, 300_000),
                new DecisionView.Money(CO_FUNDER, ministries.bilingualName(CO_FUNDER), CO_FUNDER_SHARE, 200_000,
                        200_000)), saved.money());
        assertEquals(1, audited(callId, "EDIT"));

        // the co-funder's officer writes and proposes nothing
        acting.as(CallFixtures.officerOfModa());
        assertEquals(2, decisions.decision(callId).lines().size(), "but reads it");
        refused("denied.decision.notLeadOfficer", () -> decisions.save(callId, List.of(), saved.version()));
        refused("denied.decision.notLeadOfficer", () -> decisions.propose(callId, saved.version()));

        acting.as(proposer);
        DecisionView proposed = decisions.propose(callId, saved.version());
        assertEquals(DecisionStatus.PROPOSED, proposed.status());
        assertEquals(proposer.subject(), proposed.proposedBy());
        refused("denied.decision.proposerApproves", () -> decisions.approve(callId, proposed.version()));

        everyoneElseIsRefusedEveryStep(ranked, proposed.version());
        acting.as(CallFixtures.approverOfModa());
        refused("denied.decision.notLeadApprover", () -> decisions.approve(callId, proposed.version()));

        acting.as(CallFixtures.approverOfMoc());
        DecisionView approved = decisions.approve(callId, proposed.version());
        assertEquals(DecisionStatus.APPROVED, approved.status());
        assertEquals(CallFixtures.approverOfMoc().subject(), approved.approvedBy());
        assertEquals(List.of(CO_FUNDER), approved.awaitedMinistries(), "moda's money waits for moda's approver");
        // a double click: the same approval again is refused, and approves nothing a second time
        assertThrows(ConcurrentChangeException.class, () -> decisions.approve(callId, proposed.version()));
        assertEquals(1, audited(callId, "APPROVE"));
        refused("denied.decision.notShareApprover", () -> decisions.confirmShare(callId, CO_FUNDER, approved.version()));

        acting.as(CallFixtures.approverOfModa());
        DecisionView decided = decisions.confirmShare(callId, CO_FUNDER, approved.version());
        assertEquals(DecisionStatus.DECIDED, decided.status());
        assertNotNull(decided.decidedAt());
        assertTrue(decided.awaitedMinistries().isEmpty());
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(audited(callId, "PROPOSE"), audited(callId, "APPROVE"),
                audited(callId, "CONFIRM_SHARE"), audited(callId, "COMPLETE")));
    }

    /** Another ministry's officer and approver, an applicant, a reviewer and a competing officer: every step refused. */
    private void everyoneElseIsRefusedEveryStep(Ranked ranked, long version) {
        long callId = ranked.call().id();
        for (Caller other : List.of(CallFixtures.officerOfNstc(), CallFixtures.approverOfNstc(),
                CallFixtures.applicant(), CallFixtures.caller("sub-reviewer", EnumSet.of(Role.REVIEWER)),
                ranked.competingOfficer())) {
            acting.as(other);
            String read = other == ranked.competingOfficer() ? "screening.denied.competitor"
                    : "denied.decision.notOfCall";
            String write = other == ranked.competingOfficer() ? "screening.denied.competitor"
                    : "denied.decision.notLeadOfficer";
            refused(read, () -> decisions.decision(callId));
            refused(write, () -> decisions.save(callId, List.of(), version));
            refused(write, () -> decisions.propose(callId, version));
            refused("denied.decision.notLeadApprover", () -> decisions.approve(callId, version));
            refused("denied.decision.notLeadApprover", () -> decisions.sendBack(callId, "no", version));
            refused("denied.decision.notShareApprover", () -> decisions.confirmShare(callId, CO_FUNDER, version));
            refused("denied.decision.notShareApprover", () -> decisions.refuseShare(callId, CO_FUNDER, "no", version));
        }
        acting.as(CallFixtures.approverOfNstc());
        refused("denied.decision.notShareApprover", () -> decisions.confirmShare(callId, "nstc", version));
    }

    /**
     * Funding both applications in full would commit 720,000 TWD of moc's 600,000 and 480,000 of moda's 400,000: the
     * save is refused with the numbers and nothing is stored; a proposal without a line for every ranked application is
     * refused; an approver sends a proposal back only with a reason; a co-funder's approver refusing its share sends the
     * approved proposal back to a draft.
     */
    @Test
    void aProposalOverAMinistrysMoneyIsRefusedWithTheNumbers() {
        Ranked ranked = rankedCall();
        long callId = ranked.call().id();
        acting.as(CallFixtures.officerOfMoc());
        DecisionView draft = decisions.decision(callId);

        InvalidInputException over = assertThrows(InvalidInputException.class, () -> decisions.save(callId, List.of(
                new DecisionLine(ranked.best(), DecisionOutcome.FUND, REQUEST, null),
                new DecisionLine(ranked.second(), DecisionOutcome.FUND, REQUEST, null)), draft.version()));
        assertEquals(List.of(
                        FieldProblem.of("budget:" + LEAD, "decision.problem.overBudget",
                                ministries.bilingualName(LEAD), 720_000L, LEAD_SHARE, 120_000L),
                        FieldProblem.of("budget:" + CO_FUNDER, "decision.problem.overBudget",
                                ministries.bilingualName(CO_FUNDER), 480_000L, CO_FUNDER_SHARE, 80_000L)),
                over.problems());
        DecisionView unchanged = decisions.decision(callId);
        assertEquals(draft.version(), unchanged.version());
        assertTrue(unchanged.lines().isEmpty(), "nothing stored");

        DecisionView one = decisions.save(callId, List.of(
                new DecisionLine(ranked.best(), DecisionOutcome.FUND, REQUEST, null)), draft.version());
        InvalidInputException incomplete = assertThrows(InvalidInputException.class,
                () -> decisions.propose(callId, one.version()));
        assertEquals(List.of("decision.problem.noLine"),
                incomplete.problems().stream().map(FieldProblem::messageKey).toList());

        DecisionView both = decisions.save(callId, List.of(
                new DecisionLine(ranked.best(), DecisionOutcome.FUND, REQUEST, null),
                new DecisionLine(ranked.second(), DecisionOutcome.REJECT, 0, null)), one.version());
        DecisionView proposed = decisions.propose(callId, both.version());
        acting.as(CallFixtures.approverOfMoc());
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> decisions.sendBack(callId, " ", proposed.version()));
        assertEquals("decision.problem.reasonRequired", noReason.problems().get(0).messageKey());
        DecisionView back = decisions.sendBack(callId, "Fund the second one as well, with less money.",
                proposed.version());
        assertEquals(DecisionStatus.DRAFT, back.status());
        assertEquals("Fund the second one as well, with less money.", back.sentBackReason());
        assertEquals(1, audited(callId, "RETURN"));

        // proposed again and approved, the co-funder's approver refuses its share: back to a draft, nothing committed
        acting.as(CallFixtures.officerOfMoc());
        DecisionView again = decisions.propose(callId, back.version());
        acting.as(CallFixtures.approverOfMoc());
        DecisionView approved = decisions.approve(callId, again.version());
        acting.as(CallFixtures.approverOfModa());
        DecisionView refused = decisions.refuseShare(callId, CO_FUNDER, "Our money is spent elsewhere this year.",
                approved.version());
        assertEquals(DecisionStatus.DRAFT, refused.status());
        assertEquals(CallFixtures.approverOfModa().subject(), refused.sentBackBy());
        assertNull(refused.approvedBy(), "the approval no longer holds");
        assertEquals(1, audited(callId, "REFUSE_SHARE"));
    }

    /** Two officers of the lead save the draft they both read: the second is refused, the first one's lines stay. */
    @Test
    void twoOfficersSavingAtOnceTheSecondIsRefusedAndTheFirstsLinesAreKept() {
        Ranked ranked = rankedCall();
        long callId = ranked.call().id();
        Caller first = CallFixtures.officerOfMoc();
        Caller second = CallFixtures.caller("sub-officer-moc-2", EnumSet.of(Role.OFFICER), LEAD);
        acting.as(first);
        long read = decisions.decision(callId).version();
        acting.as(second);
        assertEquals(read, decisions.decision(callId).version(), "both read the same draft");

        acting.as(first);
        decisions.save(callId, List.of(new DecisionLine(ranked.best(), DecisionOutcome.FUND, 400_000, null)), read);
        acting.as(second);
        assertThrows(ConcurrentChangeException.class, () -> decisions.save(callId,
                List.of(new DecisionLine(ranked.best(), DecisionOutcome.REJECT, 0, "too expensive")), read));

        DecisionView kept = decisions.decision(callId);
        assertEquals(List.of(new DecisionView.Line(ranked.best(), kept.lines().get(0).label(), 1, REQUEST,
                DecisionOutcome.FUND, 400_000, null)), kept.lines());
        assertEquals(1, audited(callId, "EDIT"));
    }

    /**
     * At the same moment, in requests of their own: two officers save different lines on the draft they both read, then
     * an approver's double click sends the same approval twice. One save wins and its lines are stored whole; the
     * other is refused as a concurrent change. The decision is approved once, audited once.
     */
    @Test
    void atTheSameMomentOneSaveWinsWholeAndADoubleClickApprovesOnce() throws Exception {
        Ranked ranked = rankedCall();
        long callId = ranked.call().id();
        acting.as(CallFixtures.officerOfMoc());
        long read = decisions.decision(callId).version();
        Map<String, List<DecisionLine>> written = Map.of(
                "sub-officer-moc", List.of(new DecisionLine(ranked.best(), DecisionOutcome.FUND, 400_000, null),
                        new DecisionLine(ranked.second(), DecisionOutcome.RESERVE, 0, null)),
                "sub-officer-moc-2", List.of(new DecisionLine(ranked.best(), DecisionOutcome.FUND, 300_000, null),
                        new DecisionLine(ranked.second(), DecisionOutcome.REJECT, 0, null)));
        List<Outcome<DecisionView>> saves = atOnce(written.keySet().stream().map(subject -> inRequests.as(
                CallFixtures.caller(subject, EnumSet.of(Role.OFFICER), LEAD),
                () -> decisions.save(callId, written.get(subject), read))).toList());
        DecisionView saved = onlyOneSucceeds(saves);
        acting.as(CallFixtures.officerOfMoc());
        DecisionView stored = decisions.decision(callId);
        assertEquals(saved.lines(), stored.lines(), "the winner's lines, whole");
        assertEquals(1, audited(callId, "EDIT"));

        DecisionView proposed = decisions.propose(callId, stored.version());
        Caller approver = CallFixtures.approverOfMoc();
        List<Outcome<DecisionView>> clicks = atOnce(List.of(
                inRequests.as(approver, () -> decisions.approve(callId, proposed.version())),
                inRequests.as(approver, () -> decisions.approve(callId, proposed.version()))));
        assertEquals(DecisionStatus.APPROVED, onlyOneSucceeds(clicks).status());
        assertEquals(1, audited(callId, "APPROVE"), "approved once");
    }

    private <T> List<Outcome<T>> atOnce(List<Callable<T>> works) throws InterruptedException {
        return AtOnce.run(executor, works, 2);
    }

    /** The one success; every other request failed as a concurrent change. */
    private static <T> T onlyOneSucceeds(List<Outcome<T>> outcomes) {
        List<T> succeeded = outcomes.stream().filter(o -> o.failure() == null).map(Outcome::value).toList();
        assertEquals(1, succeeded.size(), outcomes.toString());
        outcomes.stream().filter(o -> o.failure() != null).forEach(o -> assertTrue(
                ConcurrentChangeException.isCause(o.failure()), () -> "a concurrent change: " + o.failure()));
        return succeeded.get(0);
    }

    private record Part(long applicationId, String ministry, long amount) {
    }

    /** The parts as values to compare. */
    private static List<Part> parts(DecisionView view) {
        return view.parts().stream().map(p -> new Part(p.applicationId(), p.ministryCode(), p.amount())).toList();
    }
}
