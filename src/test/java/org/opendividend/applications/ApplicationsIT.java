package org.opendividend.applications;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.ReviewerExclusion;
import org.opendividend.applications.control.ScreeningSnapshot;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.InRequests;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.security.Sha256;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.RequestArrival;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applications in Payara Micro against the migrated database: started for an open call by a member of the applying
 * organisation, saved, submitted as frozen versions with receipts, a repeated submit of the same version refused
 * (one version, not two), outsiders refused by the server, and the deadline decided on the server's clock with the
 * draft kept intact. Each test opens its own call and founds its own organisation.
 */
@ExtendWith(ArquillianExtension.class)
public class ApplicationsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.applications("applications-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, InRequests.class,
                        ApplicationTestContent.class, OpenCalls.class);
    }

    @Inject
    ApplicationFacade applications;

    @Inject
    CallFacade calls;

    @Inject
    OrganisationFacade organisations;

    @Inject
    ActingAs acting;

    @Inject
    OpenCalls openCalls;

    @Inject
    AuditChain auditChain;

    @Inject
    RequestArrival arrival;

    @Inject
    InRequests inRequests;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private static Caller applicant(String subject) {
        return CallFixtures.caller(subject, Set.of(Role.APPLICANT));
    }

    private Organisation organisationOf(Caller owner) {
        acting.as(owner);
        return organisations.create(new OrganisationDetails("客語研究協會 " + owner.subject().substring(0, 6),
                "Hakka Research Association", OrganisationType.NON_PROFIT, "04595257", "台北市", null));
    }

    @Test
    void aMemberSubmitsVersionsWithReceiptsAndARepeatedSubmitMakesNoSecondVersion() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);

        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());
        assertEquals(ApplicationStatus.DRAFT, draft.status());
        assertTrue(applications.submissionProblems(draft.id()).size() > 3, "an empty draft lists what is missing");
        Application saved = applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call));
        assertEquals(List.of(), applications.submissionProblems(saved.id()));

        SubmittedVersion first = applications.submit(saved.id(), saved.version());
        assertEquals(1, first.number());
        assertEquals("OD-" + call.id() + "-" + saved.id() + "-1", first.receiptNumber());
        assertEquals(Sha256.hex(first.snapshot()), first.snapshotSha256(), "the fingerprint is the snapshot's");
        assertTrue(first.snapshot().contains("Corpus <script>"), "the snapshot holds what was typed, as typed");

        // the same page submitted twice (a double click): the second finds the version moved on
        assertThrows(ConcurrentChangeException.class, () -> applications.submit(saved.id(), saved.version()));
        assertEquals(1, applications.versions(saved.id()).size(), "one version, not two");

        Application current = applications.forMember(saved.id());
        assertEquals(ApplicationStatus.SUBMITTED, current.status());
        SubmittedVersion second = applications.submit(current.id(), current.version());
        assertEquals(2, second.number(), "resubmitting before the deadline makes a new version");
        assertEquals(List.of(1, 2), applications.versions(saved.id()).stream().map(SubmittedVersion::number).toList());
    }

    @Test
    void theReviewersToExcludeSurviveSaveAndSubmissionAndAFourthIsRefusedWithNothingSaved() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());
        ApplicationContent complete = ApplicationTestContent.complete(call);
        List<ReviewerExclusion> excluded = List.of(new ReviewerExclusion("陳美玲", "mei@example.org", "競爭計畫的主持人"),
                new ReviewerExclusion("", "Example University <b>", "rival lab"));
        Application saved = applications.save(draft.id(), draft.version(), withExclusions(complete, excluded));
        assertEquals(excluded, applications.forMember(saved.id()).content().exclusions());

        List<ReviewerExclusion> four = List.of(excluded.get(0), excluded.get(1), excluded.get(0), excluded.get(1));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> applications.save(saved.id(), saved.version(), withExclusions(complete, four)));
        assertEquals(List.of("exclusions"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(excluded, applications.forMember(saved.id()).content().exclusions(), "nothing saved");

        SubmittedVersion first = applications.submit(saved.id(), saved.version());
        assertEquals(excluded, ScreeningSnapshot.content(first.snapshot()).exclusions(), "frozen with the submission");
    }

    private static ApplicationContent withExclusions(ApplicationContent c, List<ReviewerExclusion> exclusions) {
        return new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(), c.durationMonths(),
                c.team(), c.answers(), c.budget(), c.outputs(), c.ethics(), exclusions);
    }

    @Test
    void peopleOutsideTheOrganisationAreRefusedByTheServer() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());

        acting.as(applicant(UUID.randomUUID().toString()));
        assertThrows(AccessDeniedException.class, () -> applications.start(call.id(), organisation.id()));
        assertThrows(AccessDeniedException.class, () -> applications.forMember(draft.id()));
        assertThrows(AccessDeniedException.class, () -> applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call)));
        acting.as(CallFixtures.officerOfNstc());
        assertThrows(AccessDeniedException.class, () -> applications.forMember(draft.id()));
    }

    @Test
    void aSubmissionAfterTheClosingInstantIsRefusedAndTheDraftKept() throws InterruptedException {
        // long enough for the set-up below even on a loaded machine; the test then waits for the closing instant
        FundingCall call = openCalls.open(Duration.ofSeconds(20), false);
        Application saved = savedByANewApplicant(call);

        Thread.sleep(Math.max(0, Duration.between(calls.now(), call.closesAt()).plusMillis(200).toMillis()));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> applications.submit(saved.id(), saved.version()));
        assertEquals(List.of(FieldProblem.of(null, "application.problem.deadlinePassed")), refused.problems());
        Application kept = applications.forMember(saved.id());
        assertEquals(ApplicationStatus.DRAFT, kept.status());
        assertEquals(ApplicationTestContent.complete(call), kept.content(), "nothing typed is lost");
        assertEquals(List.of(), applications.versions(saved.id()));
    }

    @Test
    void aSubmissionThatArrivedBeforeTheClosingInstantIsAcceptedAfterWaitingPastIt() throws InterruptedException {
        FundingCall call = openCalls.open(Duration.ofSeconds(20), false);
        Application saved = savedByANewApplicant(call);

        // the request arrived a millisecond before the closing instant (as the first filter records it), then waited
        // (for its turn in the admission queue, for a co-editor's lock) until after it
        Instant arrived = call.closesAt().minusMillis(1);
        arrival.arrivedAt(arrived);
        Thread.sleep(Math.max(0, Duration.between(calls.now(), call.closesAt()).plusMillis(200).toMillis()));
        SubmittedVersion submitted = applications.submit(saved.id(), saved.version());
        assertEquals(1, submitted.number());
        assertEquals(arrived, submitted.submittedAt(), "the receipt states when the submission arrived");
        assertEquals(ApplicationStatus.SUBMITTED, applications.forMember(saved.id()).status());
    }

    @Test
    void aSubmissionThatArrivedAtTheClosingInstantIsRefusedHoweverEarlyItIsProcessed() {
        FundingCall call = openCalls.open(Duration.ofMinutes(10), false);
        Application saved = savedByANewApplicant(call);

        // the arrival decides, not the clock when the submission is processed (here, long before the closing)
        arrival.arrivedAt(call.closesAt());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> applications.submit(saved.id(), saved.version()));
        assertEquals(List.of(FieldProblem.of(null, "application.problem.deadlinePassed")), refused.problems());
        assertEquals(List.of(), applications.versions(saved.id()));
    }

    @Test
    void anUnchangedSaveAndTheAutosaveOfASubmittedApplicationWriteNothing() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());
        ApplicationContent complete = ApplicationTestContent.complete(call);
        Application saved = applications.save(draft.id(), draft.version(), complete);

        long entries = auditChain.count();
        Application again = applications.autosave(saved.id(), saved.version(), complete);
        assertEquals(saved.version(), again.version(), "nothing changed: no new version");
        assertEquals(entries, auditChain.count(), "nothing changed: no audit entry");

        applications.submit(saved.id(), saved.version());
        Application submitted = applications.forMember(saved.id());
        ApplicationContent retitled = retitled(complete, "Hakka corpus, second thoughts");
        entries = auditChain.count();
        Application autosaved = applications.autosave(submitted.id(), submitted.version(), retitled);
        assertEquals(submitted.version(), autosaved.version(), "a submitted application is not autosaved");
        assertEquals(entries, auditChain.count(), "nor audited as saved");
        assertEquals(complete, applications.forMember(saved.id()).content());

        // saving it explicitly still works while it may be resubmitted (before the deadline)
        Application explicit = applications.save(submitted.id(), submitted.version(), retitled);
        assertNotEquals(submitted.version(), explicit.version());
        assertEquals(retitled, applications.forMember(saved.id()).content());
        assertEquals(entries + 1, auditChain.count());
    }

    /**
     * The largest valid application (here twelve long questions answered up to their 20,000 characters, more than
     * the 200,000 characters the snapshot once had room for) is submitted, its snapshot holding every answer.
     */
    @Test
    void anApplicationWithEveryAnswerAtItsLimitIsSubmittedWhole() {
        List<Question.QuestionSpec> questions = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new Question.QuestionSpec("章節 " + i, "Part " + i, "問題 " + i, "Question " + i,
                        QuestionType.LONG_TEXT, true, null, "", ""))
                .toList();
        FundingCall call = openCalls.open(Duration.ofDays(30), false, questions);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());
        ApplicationContent c = ApplicationTestContent.complete(call);
        java.util.Map<Long, String> longest = new java.util.TreeMap<>();
        call.questions().forEach(q -> longest.put(q.id(), "客".repeat(20000)));
        ApplicationContent largest = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), c.team(), longest, c.budget(), c.outputs(), c.ethics());
        Application saved = applications.save(draft.id(), draft.version(), largest);
        assertEquals(List.of(), applications.submissionProblems(saved.id()));

        SubmittedVersion submitted = applications.submit(saved.id(), saved.version());
        assertTrue(submitted.snapshot().length() > 12 * 20000, "every answer in the snapshot");
        assertEquals(Sha256.hex(submitted.snapshot()), applications.versions(saved.id()).get(0).snapshotSha256());
    }

    /**
     * A co-editor's page saves again and again while the other person submits the same application: save takes the
     * application's row before the audit log's head as submission does, so neither waits for the other in a circle
     * (a deadlock, or a lock timeout) and every round ends with one submitted version; each save lands before or
     * after it or is refused as a concurrent change.
     */
    @Test
    void savesAndASubmissionAtOnceNeitherDeadlockNorTimeOut() throws Exception {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        ApplicationContent complete = ApplicationTestContent.complete(call);
        for (int round = 0; round < 8; round++) {
            acting.as(owner);
            Application draft = applications.start(call.id(), organisation.id());
            Application saved = applications.save(draft.id(), draft.version(), complete);
            long id = saved.id();
            CountDownLatch go = new CountDownLatch(1);
            Future<List<String>> saves = executor.submit(inRequests.as(owner, () -> {
                go.await();
                List<String> outcomes = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Application seen = applications.forMember(id);
                    try {
                        applications.save(id, seen.version(), retitled(complete, "co-editor's save " + i));
                        outcomes.add("saved");
                    } catch (ForbiddenTransitionException forbidden) {
                        outcomes.add("forbidden");
                    } catch (RuntimeException failed) {
                        if (!ConcurrentChangeException.isCause(failed) || lockFailure(failed)) {
                            throw failed;
                        }
                        outcomes.add("conflict");
                    }
                }
                return outcomes;
            }));
            Future<SubmittedVersion> submission = executor.submit(inRequests.as(owner, () -> {
                go.await();
                for (int attempt = 0; ; attempt++) {
                    try {
                        return applications.submit(id, applications.forMember(id).version());
                    } catch (RuntimeException failed) {
                        if (!ConcurrentChangeException.isCause(failed) || lockFailure(failed) || attempt > 50) {
                            throw failed;
                        }
                    }
                }
            }));
            go.countDown();
            SubmittedVersion submitted = submission.get(2, TimeUnit.MINUTES);
            List<String> outcomes = saves.get(2, TimeUnit.MINUTES);

            assertEquals(6, outcomes.size());
            assertEquals(1, submitted.number(), "round " + round);
            assertEquals(List.of(submitted.receiptNumber()),
                    applications.versions(id).stream().map(SubmittedVersion::receiptNumber).toList(), "one version");
            assertEquals(Sha256.hex(submitted.snapshot()), submitted.snapshotSha256());
            Application after = applications.forMember(id);
            assertEquals(ApplicationStatus.SUBMITTED, after.status());
            assertEquals(1, after.submittedVersions());
        }
    }

    /**
     * A deadlock's victim or a lock timeout, however wrapped: Hibernate reports H2's deadlock as an optimistic lock
     * failure too, which would otherwise pass for the usual concurrent change.
     */
    private static boolean lockFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof java.sql.SQLTransactionRollbackException
                    || t.getClass().getName().startsWith("org.hibernate.exception.LockAcquisition")
                    || t.getClass().getName().equals("org.hibernate.PessimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static ApplicationContent retitled(ApplicationContent content, String titleEn) {
        return new ApplicationContent(content.titleZhTw(), titleEn, content.abstractText(), content.startDate(),
                content.durationMonths(), content.team(), content.answers(), content.budget(), content.outputs(),
                content.ethics());
    }

    /** A new applicant's organisation's application to the call, saved with complete content; the applicant acts. */
    private Application savedByANewApplicant(FundingCall call) {
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());
        return applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call));
    }
}
