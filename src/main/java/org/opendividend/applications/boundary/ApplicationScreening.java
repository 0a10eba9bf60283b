package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.control.ScreeningSnapshot;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationWorkflow;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.validation.Text;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The applications component's side of screening, published to the review component: a submitted application and
 * its latest version as read records, and the workflow step an officer's screening takes. The application's table
 * and its workflow stay here; who may screen is the review component's to decide before it calls.
 */
@ApplicationScoped
@Transactional
public class ApplicationScreening {

    static final int REASON_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    /** An application as screening reads it. */
    public SubmittedApplication find(long applicationId) {
        return SubmittedApplication.of(find(applicationId, LockModeType.NONE));
    }

    /**
     * The same, with the row locked until the transaction ends: taken before anything else of a screening (the audit
     * log's head among it), in the order the applicant's changes take it.
     */
    public SubmittedApplication lockForScreening(long applicationId) {
        return SubmittedApplication.of(find(applicationId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The latest submitted version, its content read from the snapshot: what was submitted, not the working copy. */
    public LatestSubmission latestSubmission(long applicationId) {
        SubmittedVersion version = em.createQuery("select v from SubmittedVersion v where v.applicationId = :id "
                        + "order by v.number desc", SubmittedVersion.class)
                .setParameter("id", applicationId).setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> new NoSuchObjectException("Application", applicationId));
        return new LatestSubmission(version.number(), version.receiptNumber(), version.submittedAt(),
                ScreeningSnapshot.content(version.snapshot()));
    }

    /**
     * Records a screening as the workflow's step for its outcome. Refused where the workflow has no such step
     * (checked before the version, so that a stale page learns the state) and for an outdated version; otherwise the
     * problems say what is missing: the reason for ineligible, sections and a future date for more information.
     */
    public SubmittedApplication screen(long applicationId, long version, ScreeningOutcome outcome, String reason,
                                       Set<ScreeningSection> sections, Instant until, Actor screener, Instant now) {
        Application application = find(applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (outcome != null) {
            ApplicationWorkflow.transition(application.status(), outcome.action(), ApplicationWorkflow.Who.SCREENING_OFFICER);
        }
        if (application.version() != version) {
            throw new ConcurrentChangeException("Application", applicationId);
        }
        InvalidInputException.unless(problems(outcome, reason, sections, until, now));
        application.screen(outcome, reason, sections, until, screener, now);
        em.flush();
        return SubmittedApplication.of(application);
    }

    static List<FieldProblem> problems(ScreeningOutcome outcome, String reason, Set<ScreeningSection> sections,
                                       Instant until, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(FieldProblem.of("outcome", "validation.required"));
            return problems;
        }
        Text.maxLength(problems, "reason", reason, REASON_MAX);
        if (outcome == ScreeningOutcome.INELIGIBLE) {
            Text.required(problems, "reason", reason);
        }
        if (outcome == ScreeningOutcome.MORE_INFO) {
            if (sections == null || sections.isEmpty()) {
                problems.add(FieldProblem.of("sections", "screening.problem.noSections"));
            }
            if (until == null) {
                problems.add(FieldProblem.of("until", "validation.required"));
            } else if (!until.isAfter(now)) {
                problems.add(FieldProblem.of("until", "screening.problem.untilInPast"));
            }
        }
        return problems;
    }

    private Application find(long id, LockModeType lock) {
        Application application = em.find(Application.class, id, lock);
        if (application == null) {
            throw new NoSuchObjectException("Application", id);
        }
        return application;
    }
}
