package org.opendividend.review;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.entity.Application;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.review.boundary.ApplicantOutcome;
import org.opendividend.review.boundary.ApplicantOutcomes;
import org.opendividend.review.boundary.DecisionFacade;
import org.opendividend.review.boundary.DecisionView;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionOutcome;
import org.opendividend.review.entity.DecisionStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What follows when a call's funding decision is taken (issue #11, item 5), in Payara Micro against the migrated
 * database: the call is decided in the same transaction, audited; each application's organisation gets one mail in
 * the outbox with its outcome (funded with the amount, reserve, not funded), none before and none again; the applicant
 * reads their own outcome and the comments the reviewers meant for them as "Reviewer 1", "Reviewer 2", never the
 * comments to the panel nor who wrote them; another applicant and an officer of a ministry not in the call are refused.
 */
@ExtendWith(ArquillianExtension.class)
public class DecisionNoticesIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.review("decision-notices-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class, RankedCalls.class);
    }

    private static final long LEAD_SHARE = 600_000;
    private static final long CO_FUNDER_SHARE = 400_000;
    private static final long REQUEST = 600_000;
    private static final String TO_APPLICANT_1 = "The plan is clear; say which licence the corpus carries.";
    private static final String TO_APPLICANT_2 = "語料授權請再說明。";
    private static final String TO_PANEL = "PANEL ONLY: the team looks thin.";

    @Inject
    DecisionFacade decisions;

    @Inject
    ApplicantOutcomes outcomes;

    @Inject
    ApplicationFacade applications;

    @Inject
    OrganisationFacade organisations;

    @Inject
    PersonFacade people;

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

    /** A closed call with two eligible applications, each reviewed by two reviewers: the first is the better one. */
    private record Ranked(FundingCall call, long best, Caller bestOwner, long second, Caller secondOwner,
                          List<String> reviewerNames) {
    }

    private Ranked rankedCall() {
        FundingCall call = ranked.open(LEAD_SHARE, CO_FUNDER_SHARE, REQUEST);
        long[] ids = new long[2];
        Caller[] owners = new Caller[2];
        for (int i = 0; i < 2; i++) {
            owners[i] = CallFixtures.caller("applicant-" + UUID.randomUUID(), Set.of(Role.APPLICANT));
            ids[i] = ranked.eligible(call, owners[i], REQUEST);
        }
        List<CriterionView> criteria = callDirectory.call(call.id()).review().criteria();
        List<String> names = new java.util.ArrayList<>();
        for (String comment : List.of(TO_APPLICANT_1, TO_APPLICANT_2)) {
            Caller reviewer = CallFixtures.caller("reviewer-" + UUID.randomUUID(), EnumSet.of(Role.REVIEWER));
            acting.as(reviewer);
            long personId = people.recordLogin(reviewer).id();
            names.add(reviewer.displayName());
            fixtures.submitted(call.id(), ids[0], personId, reviewer.subject(), RankedCalls.review(criteria, true, comment, TO_PANEL));
            fixtures.submitted(call.id(), ids[1], personId, reviewer.subject(), RankedCalls.review(criteria, false, "", TO_PANEL));
        }
        fixtures.closeCall(call.id());
        return new Ranked(call, ids[0], owners[0], ids[1], owners[1], names);
    }

    private List<String> mails(long applicationId) {
        return fixtures.mailSubjects("Application " + applicationId + " OUTCOME_ANNOUNCED");
    }

    private long audited(String type, long id, String action) {
        return auditChain.latest(300).stream().filter(e -> type.equals(e.objectType())
                && Long.toString(id).equals(e.objectId()) && action.equals(e.action())).count();
    }

    private DecisionView proposed(long callId, List<DecisionLine> lines) {
        acting.as(CallFixtures.officerOfMoc());
        DecisionView draft = decisions.decision(callId);
        DecisionView saved = decisions.save(callId, lines, draft.version());
        return decisions.propose(callId, saved.version());
    }

    /**
     * Funded and reserve, with the co-funder's money in it: nothing is told at the approval; the co-funder's
     * confirmation takes the decision, decides the call and mails each organisation once; a retried confirmation
     * changes nothing and mails nobody again.
     */
    @Test
    void theLastConfirmationDecidesTheCallAndTellsEachApplicantOnce() {
        Ranked ranked = rankedCall();
        long callId = ranked.call().id();
        DecisionView proposed = proposed(callId, List.of(
                new DecisionLine(ranked.best(), DecisionOutcome.FUND, 500_000, null),
                new DecisionLine(ranked.second(), DecisionOutcome.RESERVE, 0, null)));
        acting.as(CallFixtures.approverOfMoc());
        DecisionView approved = decisions.approve(callId, proposed.version());
        assertEquals(DecisionStatus.APPROVED, approved.status());

        // approved but not taken: the call is not decided, nobody is told, the applicant reads nothing yet
        assertEquals(CallStatus.CLOSED, callDirectory.call(callId).statusAt(java.time.Instant.now()));
        assertEquals(List.of(), mails(ranked.best()));
        assertEquals(List.of(), mails(ranked.second()));
        acting.as(ranked.bestOwner());
        assertTrue(outcomes.of(ranked.best()).isEmpty(), "nothing before the decision is taken");

        acting.as(CallFixtures.approverOfModa());
        DecisionView decided = decisions.confirmShare(callId, CallFixtures.CO_FUNDER, approved.version());
        assertEquals(DecisionStatus.DECIDED, decided.status());
        assertEquals(CallStatus.DECIDED, callDirectory.call(callId).recordedStatus(), "decided with the decision");
        assertEquals(1, audited("Call", callId, "DECIDE"), "the call's step is audited");
        assertEquals(1, audited("Application", ranked.best(), "OUTCOME_ANNOUNCED"));
        assertEquals(1, audited("Application", ranked.second(), "OUTCOME_ANNOUNCED"));

        List<String> funded = mails(ranked.best());
        assertEquals(1, funded.size(), "one mail to the one member: " + funded);
        assertTrue(funded.get(0).startsWith("您的申請獲得補助："), funded.get(0));
        List<String> reserve = mails(ranked.second());
        assertEquals(1, reserve.size(), reserve.toString());
        assertTrue(reserve.get(0).startsWith("您的申請列入備取名單："), reserve.get(0));

        // the same confirmation again (a retry, a double click): refused, nothing mailed again, nothing audited again
        assertThrows(ConcurrentChangeException.class,
                () -> decisions.confirmShare(callId, CallFixtures.CO_FUNDER, approved.version()));
        assertEquals(1, mails(ranked.best()).size(), "never twice");
        assertEquals(1, mails(ranked.second()).size(), "never twice");
        assertEquals(1, audited("Call", callId, "DECIDE"));

        // the applicant reads their outcome with the reviewers' comments to them, numbered, nothing else
        acting.as(ranked.bestOwner());
        ApplicantOutcome own = outcomes.of(ranked.best()).orElseThrow();
        assertEquals(DecisionOutcome.FUND, own.outcome());
        assertEquals(500_000, own.amount());
        assertEquals(decided.decidedAt(), own.decidedAt());
        assertEquals(List.of(new ApplicantOutcome.ReviewerComment(1, TO_APPLICANT_1),
                new ApplicantOutcome.ReviewerComment(2, TO_APPLICANT_2)), own.comments());
        String shown = own.toString();
        assertFalse(shown.contains(TO_PANEL), "never the comment to the panel");
        ranked.reviewerNames().forEach(name -> assertFalse(shown.contains(name), "never who wrote it: " + name));

        acting.as(ranked.secondOwner());
        ApplicantOutcome reserved = outcomes.of(ranked.second()).orElseThrow();
        assertEquals(DecisionOutcome.RESERVE, reserved.outcome());
        assertEquals(0, reserved.amount());
        assertEquals(List.of(), reserved.comments(), "the reviewers wrote nothing to this applicant");

        // another applicant, an officer of a ministry not in the call, even the lead's officer: refused
        for (Caller other : List.of(ranked.secondOwner(), CallFixtures.officerOfNstc(), CallFixtures.applicant(),
                CallFixtures.officerOfMoc())) {
            acting.as(other);
            assertEquals("denied.outcome.notOwn", assertThrows(AccessDeniedException.class,
                    () -> outcomes.of(ranked.best())).reasonKey(), other.subject());
        }
    }

    /**
     * Nobody funded, so no co-funder's money is in it: the lead's approval takes the decision at once, decides the call
     * and tells both applicants they are not funded.
     */
    @Test
    void anApprovalWithoutCoFundersMoneyTakesTheDecisionAndTellsEveryoneAtOnce() {
        Ranked ranked = rankedCall();
        long callId = ranked.call().id();
        // the second applicant last used the application in English: their mail is written in English
        people.recordLogin(ranked.secondOwner(), Languages.EN);
        DecisionView proposed = proposed(callId, List.of(
                new DecisionLine(ranked.best(), DecisionOutcome.REJECT, 0, null),
                new DecisionLine(ranked.second(), DecisionOutcome.REJECT, 0, null)));
        acting.as(CallFixtures.approverOfMoc());
        DecisionView decided = decisions.approve(callId, proposed.version());
        assertEquals(DecisionStatus.DECIDED, decided.status());
        assertEquals(CallStatus.DECIDED, callDirectory.call(callId).recordedStatus());
        List<String> toFirst = mails(ranked.best());
        assertEquals(1, toFirst.size(), toFirst.toString());
        assertTrue(toFirst.get(0).startsWith("您的申請未獲補助："), "the fund's default language: " + toFirst.get(0));
        List<String> toSecond = mails(ranked.second());
        assertEquals(1, toSecond.size(), toSecond.toString());
        assertTrue(toSecond.get(0).startsWith("Your application is not funded: "), "in English: " + toSecond.get(0));
        acting.as(ranked.bestOwner());
        assertEquals(DecisionOutcome.REJECT, outcomes.of(ranked.best()).orElseThrow().outcome());
    }
}
