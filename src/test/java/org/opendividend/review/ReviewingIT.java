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
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallStewardship;
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
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.review.boundary.AssignmentRow;
import org.opendividend.review.boundary.ReviewView;
import org.opendividend.review.boundary.ReviewingFacade;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.AssignmentStatus;
import org.opendividend.review.entity.DeclaredConflictKind;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's side of review in Payara Micro against the migrated database: only the assigned reviewer opens an
 * assignment, whatever id is asked for; the application opens only after declaring no conflict, never to a conflicted
 * reviewer; officers and applicants have no assignments to list; the declaration is audited; a draft is saved, a
 * submission locks the review (a second one and an edit after it are refused in words and keep the one review); the
 * other reviews show, unnamed, only after one's own; the call's funders read the weighted means.
 */
@ExtendWith(ArquillianExtension.class)
public class ReviewingIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.review("reviewing-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class);
    }

    @Inject
    ApplicationFacade applications;

    @Inject
    OrganisationFacade organisations;

    @Inject
    ActingAs acting;

    @Inject
    OpenCalls openCalls;

    @Inject
    PersonFacade people;

    @Inject
    AssignmentFixtures fixtures;

    @Inject
    ReviewingFacade reviewing;

    @Inject
    AuditChain auditChain;

    private Application submitted(FundingCall call) {
        Caller owner = CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT));
        acting.as(owner);
        Organisation organisation = organisations.create(new OrganisationDetails("審查測試協會 " + owner.subject().substring(0, 6),
                "Review Test Association", OrganisationType.NON_PROFIT, "04595257", "台北市", null));
        Application draft = applications.start(call.id(), organisation.id());
        Application saved = applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call, call.minGrant()));
        applications.submit(saved.id(), saved.version());
        return applications.forMember(saved.id());
    }

    private Caller reviewer() {
        return CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.REVIEWER));
    }

    private ReviewAssignment assign(FundingCall call, Application application, Caller reviewer) {
        acting.as(reviewer);
        long person = people.recordLogin(reviewer).id();
        return fixtures.assign(call.id(), application.id(), person, reviewer.subject(),
                Instant.now().plus(Duration.ofDays(14)));
    }

    /** A complete review: every criterion at its scale's maximum but the first at its minimum. */
    private static ReviewContent complete(List<CriterionView> criteria, String comment) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        criteria.forEach(c -> scores.put(c.id(), c.scale().max()));
        scores.put(criteria.get(0).id(), criteria.get(0).scale().min());
        return new ReviewContent(scores, 4, Recommendation.FUND_WITH_CHANGES, comment, "<b>panel</b>");
    }

    @Test
    void onlyTheAssignedReviewerOpensAnAssignmentAndNeverAConflictedOne() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Application application = submitted(call);
        Caller mine = reviewer();
        Caller other = reviewer();
        ReviewAssignment assignment = assign(call, application, mine);
        ReviewAssignment conflicted = assign(call, application, other);

        acting.as(other);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> reviewing.forDeclaration(assignment.id()));
        assertEquals("reviewing.denied.notYours", refused.reasonKey());
        assertThrows(AccessDeniedException.class, () -> reviewing.declare(assignment.id(), assignment.version(),
                AssignmentAction.DECLARE_NO_CONFLICT, null, null));
        assertThrows(AccessDeniedException.class, () -> reviewing.forReview(assignment.id()));
        assertThrows(NoSuchObjectException.class, () -> reviewing.forReview(Long.MAX_VALUE));
        assertEquals(List.of(conflicted.id()), reviewing.myAssignments().stream().map(r -> r.assignment().id()).toList(),
                "only their own");

        // a conflict needs its kind and reason; declared, it is audited and the application stays closed
        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> reviewing.declare(
                conflicted.id(), conflicted.version(), AssignmentAction.DECLARE_CONFLICT, null, " "));
        assertEquals(List.of(FieldProblem.of("kind", "validation.required"), FieldProblem.of("reason", "validation.required")),
                incomplete.problems());
        ReviewAssignment declared = reviewing.declare(conflicted.id(), conflicted.version(),
                AssignmentAction.DECLARE_CONFLICT, DeclaredConflictKind.PERSONAL, "申請人是我的前學生");
        assertEquals(AssignmentStatus.CONFLICT_DECLARED, declared.status());
        AuditEntry audited = auditChain.latest(1).get(0);
        assertEquals("DECLARE_CONFLICT", audited.action());
        assertEquals(Long.toString(conflicted.id()), audited.objectId());
        assertTrue(audited.summary().contains("申請人是我的前學生"), audited.summary());
        assertEquals("reviewing.denied.closed", assertThrows(AccessDeniedException.class,
                () -> reviewing.forReview(conflicted.id())).reasonKey());
        assertThrows(AccessDeniedException.class, () -> reviewing.attachment(conflicted.id(), 1));
        assertThrows(AccessDeniedException.class, () -> reviewing.saveDraft(conflicted.id(), 0, ReviewContent.empty()));

        acting.as(mine);
        assertThrows(AccessDeniedException.class, () -> reviewing.forReview(assignment.id()), "not yet declared");
        reviewing.declare(assignment.id(), assignment.version(), AssignmentAction.DECLARE_NO_CONFLICT, null, null);
        ReviewView view = reviewing.forReview(assignment.id());
        assertEquals(1, view.submission().number(), "the submitted version");
        assertNull(view.review());

        acting.as(CallFixtures.officerOfMoc());
        assertThrows(AccessDeniedException.class, () -> reviewing.myAssignments(), "an officer has no assignments");
        assertThrows(AccessDeniedException.class, () -> reviewing.forReview(assignment.id()));
        acting.as(CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT)));
        assertThrows(AccessDeniedException.class, () -> reviewing.myAssignments(), "nor has an applicant");
    }

    @Test
    void aSubmissionLocksTheReviewAndOpensTheOthersUnnamed() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Application application = submitted(call);
        Caller first = reviewer();
        Caller second = reviewer();
        ReviewAssignment a1 = assign(call, application, first);
        ReviewAssignment a2 = assign(call, application, second);
        acting.as(first);
        reviewing.declare(a1.id(), a1.version(), AssignmentAction.DECLARE_NO_CONFLICT, null, null);
        acting.as(second);
        reviewing.declare(a2.id(), a2.version(), AssignmentAction.DECLARE_NO_CONFLICT, null, null);
        List<CriterionView> criteria = reviewing.forReview(a2.id()).call().review().criteria();

        acting.as(first);
        AssignmentReview draft = reviewing.saveDraft(a1.id(), 0, new ReviewContent(Map.of(), 2, null, "草稿", ""));
        InvalidInputException incomplete = assertThrows(InvalidInputException.class,
                () -> reviewing.submit(a1.id(), draft.version(), new ReviewContent(Map.of(), 2, null, "草稿", "")));
        assertTrue(incomplete.problems().contains(FieldProblem.of("toPanel", "validation.required")), incomplete.problems().toString());
        Map<Long, BigDecimal> offScale = new HashMap<>(complete(criteria, "x").scores());
        offScale.put(criteria.get(0).id(), new BigDecimal("4.3"));
        assertThrows(InvalidInputException.class, () -> reviewing.saveDraft(a1.id(), draft.version(),
                new ReviewContent(offScale, 2, null, "", "")));
        AssignmentReview submitted = reviewing.submit(a1.id(), draft.version(), complete(criteria, "第一位"));
        assertTrue(submitted.isSubmitted());
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> reviewing.submit(a1.id(), submitted.version(), complete(criteria, "twice")));
        assertEquals(List.of(FieldProblem.of(null, "review.problem.submitted")), again.problems());
        assertThrows(InvalidInputException.class,
                () -> reviewing.saveDraft(a1.id(), submitted.version(), complete(criteria, "edit")));
        ReviewView mine = reviewing.forReview(a1.id());
        assertEquals("第一位", mine.review().content().toApplicant(), "one review, as submitted");
        assertEquals(List.of(), mine.others(), "the second has not submitted");

        acting.as(second);
        assertEquals(List.of(), reviewing.forReview(a2.id()).others(), "nothing before submitting one's own");
        AssignmentReview secondReview = reviewing.submit(a2.id(), 0, complete(criteria, "第二位"));
        List<ReviewView.OtherReview> others = reviewing.forReview(a2.id()).others();
        assertEquals(1, others.size());
        assertEquals(1, others.get(0).number(), "Reviewer 1");
        assertEquals("第一位", others.get(0).content().toApplicant());
        assertEquals(new BigDecimal("60.00"), others.get(0).weighted(), "the first criterion (40 %) at its minimum");
        List<AssignmentRow> rows = reviewing.myAssignments();
        assertEquals(List.of(), rows.get(0).steps(), "nothing left to do");
        assertTrue(secondReview.isSubmitted());

        acting.as(CallFixtures.officerOfModa());
        assertEquals(Map.of(application.id(), new BigDecimal("60.00")), reviewing.weightedMeans(call.id()));
        acting.as(CallFixtures.officerOfNstc());
        assertEquals(CallStewardship.NOT_FUNDING_OFFICER, assertThrows(AccessDeniedException.class,
                () -> reviewing.weightedMeans(call.id())).reasonKey());
    }
}
