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
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.boundary.ApplicantOutcome;
import org.opendividend.review.boundary.ApplicantResponses;
import org.opendividend.review.boundary.ResponseView;
import org.opendividend.review.boundary.ScreeningFacade;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant response window (issue #11, item 3) in Payara Micro against the migrated database: no window, nothing
 * to answer; the lead's officer opens it once the call is closed (another ministry's officer refused, a past instant
 * refused with the field's message); the applicant reads the reviewers' comments to them as "Reviewer 1", "Reviewer 2"
 * (never the panel's comment) and answers within the word limit (over it refused with the count, a stale answer refused
 * as a concurrent change, another applicant refused); the panel's officers read the answer, an officer of a ministry
 * not in the call is refused; once the window closes nothing more is answered.
 */
@ExtendWith(ArquillianExtension.class)
public class ApplicantResponsesIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.review("applicant-responses-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class,
                        ResponseWindowFixtures.class);
    }

    private static final String TO_APPLICANT_1 = "The plan is clear; say which licence the corpus carries.";
    private static final String TO_APPLICANT_2 = "語料授權請再說明。";
    private static final String TO_PANEL = "PANEL ONLY: the team looks thin.";

    @Inject
    ApplicantResponses responses;

    @Inject
    CallFacade callFacade;

    @Inject
    ApplicationFacade applications;

    @Inject
    ScreeningFacade screening;

    @Inject
    OrganisationFacade organisations;

    @Inject
    PersonFacade people;

    @Inject
    CallDirectory callDirectory;

    @Inject
    AssignmentFixtures fixtures;

    @Inject
    ResponseWindowFixtures windows;

    @Inject
    AuditChain auditChain;

    @Inject
    ActingAs acting;

    @Inject
    OpenCalls openCalls;

    private long audited(String type, long id, String action) {
        return auditChain.latest(300).stream().filter(e -> type.equals(e.objectType())
                && Long.toString(id).equals(e.objectId()) && action.equals(e.action())).count();
    }

    private static List<String> keys(InvalidInputException refused) {
        return refused.problems().stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void theApplicantReadsTheCommentsToThemAnswersWithinTheLimitAndThePanelReadsTheAnswer() {
        FundingCall call = openCalls.open(Duration.ofDays(30), b -> b.requiredAttachments = Set.of());
        Caller owner = CallFixtures.caller("applicant-" + UUID.randomUUID(), Set.of(Role.APPLICANT));
        acting.as(owner);
        people.recordLogin(owner);
        Organisation organisation = organisations.create(new OrganisationDetails("客語協會 "
                + owner.subject().substring(10, 18), "Hakka Association", OrganisationType.NON_PROFIT, "04595257",
                "台北市", null));
        Application draft = applications.start(call.id(), organisation.id());
        Application saved = applications.save(draft.id(), draft.version(),
                ApplicationTestContent.complete(call, CallFixtures.twd(500_000)));
        applications.submit(saved.id(), saved.version());
        Application submitted = applications.forMember(saved.id());
        long id = submitted.id();
        acting.as(CallFixtures.officerOfModa());
        screening.screen(id, submitted.version(), ScreeningOutcome.ELIGIBLE, "", Set.of(), null);
        List<CriterionView> criteria = callDirectory.call(call.id()).review().criteria();
        for (String comment : List.of(TO_APPLICANT_1, TO_APPLICANT_2)) {
            Caller reviewer = CallFixtures.caller("reviewer-" + UUID.randomUUID(), EnumSet.of(Role.REVIEWER));
            acting.as(reviewer);
            long personId = people.recordLogin(reviewer).id();
            Map<Long, BigDecimal> scores = new HashMap<>();
            criteria.forEach(c -> scores.put(c.id(), c.scale().max()));
            fixtures.submitted(call.id(), id, personId, reviewer.subject(),
                    new ReviewContent(scores, 3, Recommendation.FUND, comment, TO_PANEL));
        }

        // no window: nothing to read or answer
        acting.as(owner);
        assertTrue(responses.forApplicant(id).isEmpty());
        assertEquals(List.of("response.problem.closed"), keys(assertThrows(InvalidInputException.class,
                () -> responses.answer(id, "Thank you.", 0))));

        // only the lead's officer opens it, only once the call no longer takes applications, never in the past
        acting.as(CallFixtures.officerOfMoc());
        long version = callFacade.forStaff(call.id()).version();
        Instant week = Instant.now().plus(Duration.ofDays(7));
        assertEquals("denied.call.notPossibleNow", assertThrows(AccessDeniedException.class,
                () -> callFacade.openResponseWindow(call.id(), version, week, 10)).reasonKey(), "the call is still open");
        fixtures.closeCall(call.id());
        long closedVersion = callFacade.forStaff(call.id()).version();
        acting.as(CallFixtures.officerOfModa());
        assertEquals("denied.call.notLeadOfficer", assertThrows(AccessDeniedException.class,
                () -> callFacade.openResponseWindow(call.id(), closedVersion, week, 10)).reasonKey());
        acting.as(CallFixtures.officerOfMoc());
        assertEquals(List.of("call.response.problem.closesAt", "call.response.problem.wordLimit"),
                keys(assertThrows(InvalidInputException.class, () -> callFacade.openResponseWindow(call.id(),
                        closedVersion, Instant.now().minusSeconds(5), 0))));
        callFacade.openResponseWindow(call.id(), closedVersion, week, 10);
        assertEquals(10, callDirectory.responseWindow(call.id()).orElseThrow().wordLimit());
        assertEquals(1, audited("Call", call.id(), "RESPONSE_WINDOW_OPENED"));

        // the applicant reads the comments to them, numbered, never the panel's
        acting.as(owner);
        ResponseView open = responses.forApplicant(id).orElseThrow();
        assertTrue(open.open());
        assertEquals(10, open.wordLimit());
        assertEquals(List.of(new ApplicantOutcome.ReviewerComment(1, TO_APPLICANT_1),
                new ApplicantOutcome.ReviewerComment(2, TO_APPLICANT_2)), open.comments());
        assertFalse(open.toString().contains(TO_PANEL));
        assertEquals(0, open.version());

        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> responses.answer(id,
                "We will add the licence of the corpus to the datasheet.", 0));
        assertEquals(List.of(FieldProblem.of("answer", "response.problem.tooManyWords", 11, 10)), tooLong.problems());
        assertEquals(List.of("response.problem.empty"), keys(assertThrows(InvalidInputException.class,
                () -> responses.answer(id, "  ", 0))));
        ResponseView answered = responses.answer(id, "The corpus is CC BY 4.0.", 0);
        assertEquals("The corpus is CC BY 4.0.", answered.answer());
        assertEquals(1, answered.version());
        assertThrows(ConcurrentChangeException.class, () -> responses.answer(id, "A stale answer.", 0));
        ResponseView changed = responses.answer(id, "語料採用 CC BY 4.0 授權。", answered.version());
        assertEquals(2, changed.version());
        assertEquals(2, audited("Application", id, "APPLICANT_RESPONDED"));

        // others: refused
        for (Caller other : List.of(CallFixtures.applicant(), CallFixtures.officerOfNstc(), CallFixtures.officerOfMoc())) {
            acting.as(other);
            assertEquals("denied.outcome.notOwn", assertThrows(AccessDeniedException.class,
                    () -> responses.forApplicant(id)).reasonKey(), other.subject());
            assertEquals("denied.outcome.notOwn", assertThrows(AccessDeniedException.class,
                    () -> responses.answer(id, "no", 2)).reasonKey(), other.subject());
        }

        // the panel's officers read it; an officer of a ministry not in the call does not
        acting.as(CallFixtures.officerOfMoc());
        assertEquals(Map.of(id, "語料採用 CC BY 4.0 授權。"), responses.forPanel(call.id()));
        acting.as(CallFixtures.officerOfNstc());
        assertThrows(AccessDeniedException.class, () -> responses.forPanel(call.id()));

        // once the window has closed: read, never answered again
        windows.closeWindow(call.id());
        acting.as(owner);
        ResponseView closed = responses.forApplicant(id).orElseThrow();
        assertFalse(closed.open());
        assertEquals("語料採用 CC BY 4.0 授權。", closed.answer());
        assertEquals(List.of("response.problem.closed"), keys(assertThrows(InvalidInputException.class,
                () -> responses.answer(id, "Too late.", closed.version()))));
    }
}
