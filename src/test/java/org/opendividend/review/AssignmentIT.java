package org.opendividend.review;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.InRequests;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.boundary.AssignmentBoard;
import org.opendividend.review.boundary.AssignmentFacade;
import org.opendividend.review.boundary.ConflictRulings;
import org.opendividend.review.boundary.HandAssignment;
import org.opendividend.review.boundary.PanelFacade;
import org.opendividend.review.boundary.PanelView;
import org.opendividend.review.control.panel.Panel;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.ReviewContent;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import java.math.BigDecimal;
import org.opendividend.review.boundary.RunOutcome;
import org.opendividend.review.boundary.ScreeningFacade;
import org.opendividend.review.entity.AssignmentRun;
import org.opendividend.review.entity.AssignmentStatus;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.control.AssignmentInstanceFile;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assignment of a call's reviewers in Payara Micro against the migrated database: an officer of a ministry that
 * neither leads nor co-funds the call, and people of other roles, are refused every action by the server; the lead's
 * officer runs the solver, which stores the run and the assignments, keeps them on a second run, moves them by hand
 * (a conflict refused with its reason, a load beyond the maximum only once confirmed) and mails each reviewer once.
 * The call's panel ranks the submitted reviews for the same officers only.
 */
@ExtendWith(ArquillianExtension.class)
public class AssignmentIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.review("assignment-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, InRequests.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class)
                .addAsLibraries(solverLibraries());
    }

    /** OR-Tools and its Linux natives, as the WAR carries them. */
    private static File[] solverLibraries() {
        return Maven.configureResolver().workOffline().loadPomFromFile(Deployments.baseDir().resolve("pom.xml").toFile())
                .resolve("com.google.ortools:ortools-java").withTransitivity().asList(File.class).stream()
                .filter(jar -> !jar.getName().contains("darwin") && !jar.getName().contains("win32"))
                .toArray(File[]::new);
    }

    /** The demo's closed call with six eligible applications (sql/demo/R__demo_zzz_applications_for_review.sql). */
    private static final long DEMO_CALL_TO_REVIEW = 1005L;

    private static final LocalDate DEADLINE = LocalDate.now(ZoneId.of("Asia/Taipei")).plusWeeks(3);

    @Inject
    AssignmentFacade assignments;

    @Inject
    PanelFacade panels;

    @Inject
    ApplicationFacade applications;

    @Inject
    ScreeningFacade screening;

    @Inject
    OrganisationFacade organisations;

    @Inject
    ConflictRulings conflicts;

    @Inject
    PersonFacade people;

    @Inject
    AssignmentFixtures fixtures;

    @Inject
    AuditChain auditChain;

    @Inject
    ActingAs acting;

    @Inject
    OpenCalls openCalls;

    @Inject
    InRequests inRequests;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** A call (3 reviews per application, Hakka and Hokkien) with two eligible applications and five reviewers. */
    private FundingCall callWithEligibleApplications(List<Caller> reviewers) {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        for (int i = 0; i < 2; i++) {
            Caller owner = CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT));
            acting.as(owner);
            people.recordLogin(owner);
            Organisation organisation = organisations.create(new OrganisationDetails("客語語音協會 " + i + owner.subject().substring(0, 6),
                    "Hakka Speech Association " + i, OrganisationType.NON_PROFIT, "04595257", "台北市", null));
            Application draft = applications.start(call.id(), organisation.id());
            Application saved = applications.save(draft.id(), draft.version(),
                    ApplicationTestContent.complete(call, call.minGrant()));
            applications.submit(saved.id(), saved.version());
            Application submitted = applications.forMember(saved.id());
            acting.as(CallFixtures.officerOfModa());
            screening.screen(submitted.id(), submitted.version(), ScreeningOutcome.ELIGIBLE, "", Set.of(), null);
        }
        for (int i = 0; i < reviewers.size(); i++) {
            Caller reviewer = reviewers.get(i);
            acting.as(reviewer);
            people.recordLogin(reviewer);
            fixtures.reviewerInPool("moc", call.id(), reviewer.subject(), reviewer.displayName(),
                    i % 2 == 0 ? Set.of("hak", "zho") : Set.of("nan", "zho"), "客語語音辨識", 2);
        }
        return call;
    }

    private static List<Caller> reviewers(int count) {
        return IntStream.range(0, count).mapToObj(i -> CallFixtures.caller(
                "reviewer-" + i + "-" + UUID.randomUUID(), EnumSet.of(Role.REVIEWER))).toList();
    }

    @Test
    void otherMinistriesAndOtherRolesAreRefusedEveryAction() {
        FundingCall call = callWithEligibleApplications(reviewers(5));
        acting.as(CallFixtures.officerOfMoc());
        assignments.run(call.id(), 0, DEADLINE);
        ReviewAssignment one = fixtures.assignments(call.id()).get(0);

        for (Caller refused : List.of(CallFixtures.officerOfNstc(),
                CallFixtures.caller("sub-applicant", EnumSet.of(Role.APPLICANT, Role.REVIEWER), "moc"),
                CallFixtures.approverOfMoc())) {
            acting.as(refused);
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> assignments.board(call.id()));
            assertEquals(CallStewardship.NOT_FUNDING_OFFICER, denied.reasonKey());
            assertThrows(AccessDeniedException.class, () -> assignments.run(call.id(), 0, DEADLINE));
            assertThrows(AccessDeniedException.class, () -> assignments.withdraw(one.id(), one.version()));
            assertThrows(AccessDeniedException.class, () -> assignments.assign(call.id(), one.applicationId(),
                    one.reviewerSubject(), DEADLINE, true));
            assertThrows(AccessDeniedException.class, () -> assignments.mailReviewers(call.id()));
        }
        assertEquals(1, fixtures.runs(call.id()).size(), "nothing of theirs was stored");
        assertEquals(AssignmentStatus.ASSIGNED, fixtures.assignments(call.id()).get(0).status());

        acting.as(CallFixtures.officerOfModa());
        assertEquals(2, assignments.board(call.id()).rows().size(), "the co-funder's officer may");
    }

    /**
     * The panel: the lead's and the co-funder's officers read the call's eligible applications ranked by calibrated
     * score, the complete one first though the incomplete one scored higher; everyone else is refused by the server.
     */
    @Test
    void thePanelRanksTheSubmittedReviewsForTheCallsFundersOfficersOnly() {
        List<Caller> reviewers = reviewers(3);
        FundingCall call = callWithEligibleApplications(reviewers);
        acting.as(CallFixtures.officerOfMoc());
        PanelView before = panels.panel(call.id());
        assertEquals(2, before.panel().rows().size(), "both eligible applications, before any review");
        assertTrue(before.panel().rows().stream().noneMatch(Panel.Row::ranked));
        List<CriterionView> criteria = before.call().review().criteria();
        long complete = before.panel().rows().get(0).applicationId();
        long incomplete = before.panel().rows().get(1).applicationId();
        List<Long> personIds = reviewers.stream().map(r -> people.bySubject(r.subject()).orElseThrow().id()).toList();
        // three reviews of three: 100, 100 and the minimum of every scale (3.89); one review of three: 100
        fixtures.submitted(call.id(), complete, personIds.get(0), reviewers.get(0).subject(), review(criteria, true));
        fixtures.submitted(call.id(), complete, personIds.get(1), reviewers.get(1).subject(), review(criteria, true));
        fixtures.submitted(call.id(), complete, personIds.get(2), reviewers.get(2).subject(), review(criteria, false));
        fixtures.submitted(call.id(), incomplete, personIds.get(0), reviewers.get(0).subject(), review(criteria, true));

        for (Caller funder : List.of(CallFixtures.officerOfMoc(), CallFixtures.officerOfModa())) {
            acting.as(funder);
            PanelView panel = panels.panel(call.id());
            List<Panel.Row> rows = panel.panel().rows();
            assertEquals(List.of(complete, incomplete), rows.stream().map(Panel.Row::applicationId).toList(),
                    "the complete one first, though the incomplete one's single review scored higher");
            assertEquals(List.of(1, 2), rows.stream().map(Panel.Row::rank).toList());
            assertFalse(rows.get(0).incomplete());
            assertTrue(rows.get(1).incomplete());
            assertEquals(List.of(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("3.89")),
                    rows.get(0).reviews().stream().map(Panel.Review::weighted).toList());
            assertEquals(67.96, rows.get(0).calibration().orElseThrow().rawMean(), 0.01);
            assertEquals(100.0, rows.get(1).calibration().orElseThrow().rawMean(), 1e-9);
            assertEquals("name of " + reviewers.get(2).subject(), panel.reviewerName(personIds.get(2)),
                    "officers read reviewers' names, as on the assignment page");
        }

        for (Caller refused : List.of(CallFixtures.officerOfNstc(), CallFixtures.approverOfMoc(), reviewers.get(0),
                CallFixtures.caller("sub-applicant", EnumSet.of(Role.APPLICANT), "moc"))) {
            acting.as(refused);
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> panels.panel(call.id()),
                    refused.subject());
            assertEquals(CallStewardship.NOT_FUNDING_OFFICER, denied.reasonKey());
        }
    }

    /** A complete review: every criterion at its scale's maximum, or at its minimum. */
    private static ReviewContent review(List<CriterionView> criteria, boolean best) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        criteria.forEach(c -> scores.put(c.id(), best ? c.scale().max() : c.scale().min()));
        return new ReviewContent(scores, 3, best ? Recommendation.FUND : Recommendation.DO_NOT_FUND, "申請人", "委員會");
    }

    @Test
    void aRunStoresTheRunAndTheAssignmentsTheSecondFillsOnlyGapsAndMovesAndMailsAreAudited() {
        List<Caller> reviewers = reviewers(5);
        FundingCall call = callWithEligibleApplications(reviewers);
        acting.as(CallFixtures.officerOfMoc());

        RunOutcome outcome = assignments.run(call.id(), 0, DEADLINE);

        assertTrue(outcome.assigned(), outcome.explanations().toString());
        assertEquals(6, outcome.reviewsAssigned(), "two applications × three reviews");
        List<AssignmentRun> runs = fixtures.runs(call.id());
        assertEquals(1, runs.size());
        assertTrue(runs.get(0).feasible());
        assertTrue(runs.get(0).instanceJson().contains("\"reviewsNeeded\": 3"), runs.get(0).instanceJson());
        List<ReviewAssignment> stored = fixtures.assignments(call.id());
        assertEquals(6, stored.size());
        assertTrue(stored.stream().allMatch(a -> runs.get(0).id().equals(a.runId())));
        assertEquals("ASSIGNMENT_RUN", auditChain.latest(1).get(0).action());
        AssignmentBoard board = assignments.board(call.id());
        assertTrue(board.rows().stream().allMatch(r -> r.assigned().size() == 3 && r.assigned().stream()
                .allMatch(a -> a.affinity() != null && a.affinity() > 0)), "each with its affinity");

        // a second run keeps them all: nothing to fill
        assertEquals(0, assignments.run(call.id(), 0, DEADLINE).reviewsAssigned());
        assertEquals(6, fixtures.assignments(call.id()).size());

        // withdrawn by hand: the next run fills the gap with someone else
        ReviewAssignment withdrawn = stored.get(0);
        assignments.withdraw(withdrawn.id(), withdrawn.version());
        assertEquals("WITHDRAW", auditChain.latest(1).get(0).action());
        assertEquals(1, assignments.run(call.id(), 0, DEADLINE).reviewsAssigned());
        List<ReviewAssignment> afterGap = fixtures.assignments(call.id());
        assertEquals(7, afterGap.size());
        assertFalse(afterGap.get(6).isOf(withdrawn.reviewerSubject()), "not the withdrawn reviewer again");

        // by hand: a conflicted reviewer is refused with the reason, a fourth review needs confirmation
        long application = withdrawn.applicationId();
        String reviewer = withdrawn.reviewerSubject();
        acting.as(CallFixtures.officerOfModa());
        conflicts.add(people.bySubject(reviewer).orElseThrow().id(), application, "co-author of the applicant");
        acting.as(CallFixtures.officerOfMoc());
        InvalidInputException conflicted = assertThrows(InvalidInputException.class,
                () -> assignments.assign(call.id(), application, reviewer, DEADLINE, true));
        assertTrue(conflicted.problems().stream().anyMatch(p -> p.messageKey().equals("conflict.reason.officer")
                && p.arguments().contains("co-author of the applicant")), conflicted.problems().toString());
        String free = reviewers.stream().map(Caller::subject).filter(s -> afterGap.stream()
                .noneMatch(a -> a.applicationId() == application && a.isOf(s))).findFirst().orElseThrow();
        HandAssignment warned = assignments.assign(call.id(), application, free, DEADLINE, false);
        assertFalse(warned.done());
        assertTrue(warned.warnings().stream().anyMatch(w -> w.messageKey().equals("assignment.warning.overReviews")));
        assertEquals(7, fixtures.assignments(call.id()).size(), "nothing stored before the officer confirmed");
        assertTrue(assignments.assign(call.id(), application, free, DEADLINE, true).done());
        assertEquals("ASSIGNED_BY_HAND", auditChain.latest(1).get(0).action());
        assertEquals(8, fixtures.assignments(call.id()).size());

        // mailed once per reviewer; a second mailing has nothing new
        long waiting = fixtures.assignments(call.id()).stream().filter(ReviewAssignment::awaitsMail)
                .map(ReviewAssignment::reviewerSubject).distinct().count();
        int mailed = assignments.mailReviewers(call.id());
        assertEquals(waiting, mailed, "one mail per reviewer with an assignment waiting");
        AuditEntry audited = auditChain.latest(1).get(0);
        assertEquals("ASSIGNMENTS_MAILED", audited.action());
        assertEquals(1, fixtures.mailsTo(free + "@example.org"));
        assertEquals(0, assignments.mailReviewers(call.id()));
        assertEquals(1, fixtures.mailsTo(free + "@example.org"), "the same assignments are not mailed twice");
    }

    @Test
    void whenNoAssignmentExistsOnlyTheRunIsStoredWithItsReasons() {
        FundingCall call = callWithEligibleApplications(reviewers(2));
        acting.as(CallFixtures.officerOfMoc());

        // five reviews at least from each of the pools' reviewers (these two and the ministry's demo reviewers, who
        // are people from the demo's start), where the two applications need six in all
        RunOutcome outcome = assignments.run(call.id(), 5, DEADLINE);

        assertFalse(outcome.assigned());
        assertTrue(outcome.errors().stream().anyMatch(e -> e.en().contains("minimum loads add up to")
                && e.zhTw().contains("最低審查件數合計")), outcome.errors().toString());
        List<AssignmentRun> runs = fixtures.runs(call.id());
        assertEquals(1, runs.size());
        assertFalse(runs.get(0).feasible());
        assertFalse(runs.get(0).diagnosis().isBlank());
        assertTrue(fixtures.assignments(call.id()).isEmpty(), "nothing but the run");
        assertEquals("ASSIGNMENT_RUN", auditChain.latest(1).get(0).action());
    }

    /**
     * The demo's call to review, as an officer finds it on a fresh demo: its six eligible applications are assigned
     * three reviews each by the demo reviewers, every application read by a reader of each language its outputs are
     * for (Hakka, Hokkien, Amis, Atayal) wherever the pool has one.
     */
    @Test
    void theDemoCallToReviewIsAssignedWithAReaderOfEachOfItsApplicationsLanguages() {
        acting.as(CallFixtures.officerOfMoc());

        RunOutcome outcome = assignments.run(DEMO_CALL_TO_REVIEW, 0, DEADLINE);

        assertTrue(outcome.assigned(), outcome.explanations().toString());
        assertEquals(18, outcome.reviewsAssigned(), "six applications × three reviews");
        AssignmentInstance instance = AssignmentInstanceFile.read(
                new java.io.StringReader(fixtures.runs(DEMO_CALL_TO_REVIEW).get(0).instanceJson()));
        Map<String, Set<String>> reads = instance.reviewers().stream()
                .collect(Collectors.toMap(AssignmentInstance.Reviewer::id, AssignmentInstance.Reviewer::languagesRead));
        Set<String> readInThePool = reads.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<Long, List<ReviewAssignment>> byApplication = fixtures.assignments(DEMO_CALL_TO_REVIEW).stream()
                .collect(Collectors.groupingBy(ReviewAssignment::applicationId));
        assertEquals(6, byApplication.size());
        Set<String> languagesAsked = new java.util.TreeSet<>();
        for (AssignmentInstance.Application application : instance.applications()) {
            languagesAsked.addAll(application.targetLanguages());
            for (String language : application.targetLanguages()) {
                if (readInThePool.contains(language)) {
                    assertTrue(byApplication.get(Long.parseLong(application.id())).stream()
                                    .anyMatch(a -> reads.get(a.reviewerSubject()).contains(language)),
                            "a reader of " + language + " for application " + application.id());
                }
            }
        }
        assertTrue(languagesAsked.containsAll(Set.of("hak", "ami", "tay")), "the applications' own languages: " + languagesAsked);
    }

    /** A conflict an officer adds after the assignment closes the application to the reviewer at once. */
    @Test
    void aConflictAddedAfterTheAssignmentWithdrawsIt() {
        FundingCall call = callWithEligibleApplications(reviewers(5));
        acting.as(CallFixtures.officerOfMoc());
        assignments.run(call.id(), 0, DEADLINE);
        ReviewAssignment assigned = fixtures.assignments(call.id()).get(0);

        conflicts.add(assigned.reviewerPersonId(), assigned.applicationId(), "advises the applicant's board");

        ReviewAssignment after = fixtures.assignments(call.id()).stream().filter(a -> a.id().equals(assigned.id()))
                .findFirst().orElseThrow();
        assertEquals(AssignmentStatus.WITHDRAWN, after.status());
        assertEquals("WITHDRAW", auditChain.latest(1).get(0).action());
        assertEquals(1, assignments.run(call.id(), 0, DEADLINE).reviewsAssigned(), "a replacement fills the gap");
        assertTrue(fixtures.assignments(call.id()).stream().filter(a -> a.applicationId() == assigned.applicationId())
                .filter(a -> a.state().counts()).noneMatch(a -> a.isOf(assigned.reviewerSubject())));
    }

    /**
     * The lead's and the co-funder's officers run the assignment of one call at the same moment, and one mails while
     * the other assigns by hand: the second run waits for the first and finds no gap left, so every application has
     * its three reviews once; each new assignment is mailed once. Several calls, as a race is won or lost by chance.
     */
    @Test
    void twoOfficersAtOnceFillEachGapOnceAndMailEachAssignmentOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            FundingCall call = callWithEligibleApplications(reviewers(5));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RunOutcome>> runs = List.of(CallFixtures.officerOfMoc(), CallFixtures.officerOfModa()).stream()
                    .map(officer -> executor.submit(inRequests.as(officer, () -> {
                        go.await();
                        return assignments.run(call.id(), 0, DEADLINE);
                    }))).toList();
            go.countDown();
            List<Integer> assigned = new ArrayList<>();
            for (Future<RunOutcome> run : runs) {
                assigned.add(run.get(2, TimeUnit.MINUTES).reviewsAssigned());
            }

            assertEquals(6, assigned.stream().mapToInt(Integer::intValue).sum(), "round " + round + ": " + assigned);
            assertTrue(assigned.contains(0), "the second run found nothing to fill: " + assigned);
            List<ReviewAssignment> stored = fixtures.assignments(call.id());
            assertEquals(6, stored.size());
            assertTrue(stored.stream().collect(Collectors.groupingBy(ReviewAssignment::applicationId,
                    Collectors.counting())).values().stream().allMatch(n -> n == 3), "three reviews each");

            CountDownLatch mail = new CountDownLatch(1);
            List<Future<Integer>> mailings = List.of(CallFixtures.officerOfMoc(), CallFixtures.officerOfModa()).stream()
                    .map(officer -> executor.submit(inRequests.as(officer, () -> {
                        mail.await();
                        return assignments.mailReviewers(call.id());
                    }))).toList();
            mail.countDown();
            List<Integer> mailed = new ArrayList<>();
            for (Future<Integer> mailing : mailings) {
                mailed.add(mailing.get(2, TimeUnit.MINUTES));
            }
            long reviewersMailed = stored.stream().map(ReviewAssignment::reviewerSubject).distinct().count();
            assertEquals(reviewersMailed, mailed.stream().mapToInt(Integer::intValue).sum(), "one mail each: " + mailed);
            assertTrue(mailed.contains(0), "the second mailing found nothing new: " + mailed);
        }
    }
}
