package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.ApplicationScreening;
import org.opendividend.applications.boundary.AttachmentFacade;
import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.Decision;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.validation.Text;
import org.opendividend.review.control.ReviewChecks;
import org.opendividend.review.control.ReviewProgress;
import org.opendividend.review.control.WeightedScore;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.AssignmentAnswered;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.DeclaredConflictKind;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reviewer's side of review: their assignments, the declaration before an application opens (no conflict, a
 * conflict of a kind with a reason, or declining with a reason), the application's submitted version and files, and
 * the review itself, saved as a draft and locked on submission. Everything is refused here to anyone
 * {@link ReviewingPermissions} refuses, whatever id the address names. Officers read the weighted scores per
 * application of a call they lead or co-fund.
 */
@ApplicationScoped
@Transactional
public class ReviewingFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    CallDirectory calls;

    @Inject
    ApplicationScreening applications;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    AttachmentFacade attachments;

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The caller's assignments, the earliest due first. */
    public List<AssignmentRow> myAssignments() {
        Caller caller = currentUser.caller();
        ReviewingPermissions.canReview(caller).orThrow();
        List<ReviewAssignment> mine = em.createQuery("select a from ReviewAssignment a where a.reviewerSubject = :subject "
                + "order by a.dueAt, a.id", ReviewAssignment.class).setParameter("subject", caller.subject()).getResultList();
        Map<Long, CallSummary> callsById = calls.publicSummaries(
                mine.stream().map(ReviewAssignment::callId).collect(Collectors.toSet()));
        Instant now = now();
        return mine.stream().map(a -> {
            SubmittedApplication application = applications.find(a.applicationId());
            return new AssignmentRow(a, callsById.get(a.callId()), application.titleZhTw(), application.titleEn(),
                    a.isOverdueAt(now), ReviewingPermissions.steps(a));
        }).toList();
    }

    /** What the reviewer reads to declare: title, abstract and, unless blind, the organisation. */
    public DeclarationView forDeclaration(long assignmentId) {
        ReviewAssignment assignment = assignment(assignmentId, LockModeType.NONE);
        ReviewingPermissions.canWorkOn(currentUser.caller(), assignment).orThrow();
        CallView call = calls.call(assignment.callId());
        ApplicationContent submitted = applications.latestSubmission(assignment.applicationId()).submitted();
        return new DeclarationView(assignment, call, submitted.titleZhTw(), submitted.titleEn(),
                submitted.abstractText(), organisationUnlessBlind(call, assignment), ReviewingPermissions.steps(assignment));
    }

    /**
     * The reviewer's declaration or declining: no conflict (the application opens), a conflict of a kind with a
     * reason, or declining with a reason (the officers read both). Audited. {@code version} is the assignment's as
     * the page loaded it.
     */
    public ReviewAssignment declare(long assignmentId, long version, AssignmentAction action, DeclaredConflictKind kind,
                                    String reason) {
        Caller caller = currentUser.caller();
        ReviewAssignment assignment = assignment(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        ReviewingPermissions.canTake(caller, assignment, action).orThrow();
        if (assignment.version() != version) {
            throw new ConcurrentChangeException("ReviewAssignment", assignmentId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (action == AssignmentAction.DECLARE_CONFLICT && kind == null) {
            problems.add(FieldProblem.of("kind", "validation.required"));
        }
        if (action != AssignmentAction.DECLARE_NO_CONFLICT) {
            Text.required(problems, "reason", reason);
            Text.maxLength(problems, "reason", reason == null ? null : reason.strip(), ReviewAssignment.REASON_MAX);
        }
        InvalidInputException.unless(problems);
        Instant now = now();
        switch (action) {
            case DECLARE_NO_CONFLICT -> assignment.declareNoConflict(now);
            case DECLARE_CONFLICT -> assignment.declareConflict(kind, reason, now);
            case DECLINE -> assignment.decline(reason, now);
            default -> throw new IllegalArgumentException("not a declaration: " + action);
        }
        em.flush();
        events.fire(new AssignmentAnswered(caller.actor(), assignmentId, assignment.applicationId(), action,
                assignment.conflictKind(), assignment.reason()));
        return assignment;
    }

    /** The review page: only where the assignment's state opens the application to its reviewer. */
    public ReviewView forReview(long assignmentId) {
        ReviewAssignment assignment = assignment(assignmentId, LockModeType.NONE);
        ReviewingPermissions.canRead(currentUser.caller(), assignment).orThrow();
        CallView call = calls.call(assignment.callId());
        LatestSubmission submission = applications.latestSubmission(assignment.applicationId());
        AssignmentReview review = reviewOf(assignmentId);
        List<ReviewView.OtherReview> others = review != null && review.isSubmitted()
                ? others(assignment, call.review().criteria()) : List.of();
        return new ReviewView(assignment, call, submission, organisationUnlessBlind(call, assignment),
                attachments.submittedFiles(assignment.applicationId()), review, others);
    }

    /**
     * One of the application's submitted files, for its reviewer while the application is open to them (the
     * download is answered by the applications component's file server).
     */
    public AttachmentFacade.Download attachment(long assignmentId, long attachmentId) {
        ReviewAssignment assignment = assignment(assignmentId, LockModeType.NONE);
        ReviewingPermissions.canRead(currentUser.caller(), assignment).orThrow();
        return attachments.submittedDownload(assignment.applicationId(), attachmentId);
    }

    /**
     * Saves the review as a draft (what it holds must fit), or refuses it with every problem (nothing saved).
     * {@code reviewVersion} is the one the page loaded (ignored before the first save); a review saved meanwhile in
     * another tab is not overwritten; a submitted review is never changed.
     */
    public AssignmentReview saveDraft(long assignmentId, long reviewVersion, ReviewContent content) {
        ReviewAssignment assignment = editable(assignmentId);
        List<CriterionView> criteria = calls.call(assignment.callId()).review().criteria();
        InvalidInputException.unless(ReviewChecks.draft(content, criteria));
        return write(assignment, reviewVersion, content);
    }

    /**
     * Submits the review (complete, or refused with every problem and nothing saved) and locks it; the assignment
     * counts as reviewed. A second submission, or an edit after it, is refused in words and keeps the one review.
     */
    public AssignmentReview submit(long assignmentId, long reviewVersion, ReviewContent content) {
        Caller caller = currentUser.caller();
        ReviewAssignment assignment = editable(assignmentId);
        ReviewingPermissions.canTake(caller, assignment, AssignmentAction.SUBMIT_REVIEW).orThrow();
        List<CriterionView> criteria = calls.call(assignment.callId()).review().criteria();
        InvalidInputException.unless(ReviewChecks.submission(content, criteria));
        AssignmentReview review = write(assignment, reviewVersion, content);
        Instant now = now();
        review.submit(now);
        assignment.recordSubmission(now);
        em.flush();
        events.fire(new AssignmentAnswered(caller.actor(), assignmentId, assignment.applicationId(),
                AssignmentAction.SUBMIT_REVIEW, null, null));
        return review;
    }

    /**
     * The mean weighted score of each application of a call over its submitted reviews (applications without one
     * are left out): for the officers of a ministry that leads or co-funds the call.
     */
    public Map<Long, BigDecimal> weightedMeans(long callId) {
        Map<Long, BigDecimal> means = new TreeMap<>();
        progress(callId).applications().forEach(a -> a.weightedMean().ifPresent(m -> means.put(a.applicationId(), m)));
        return means;
    }

    /**
     * Where the review of a call stands ({@link ReviewProgress}) over the applications that have assignments: for the
     * officers of a ministry that leads or co-funds the call.
     */
    public ReviewProgress progress(long callId) {
        CallView call = calls.call(callId);
        CallStewardship.ofOfficer(currentUser.caller(), call).orThrow();
        Instant now = now();
        Map<Long, AssignmentReview> reviews = new HashMap<>();
        em.createQuery("select r from AssignmentReview r, ReviewAssignment a where r.assignmentId = a.id and a.callId = :call",
                AssignmentReview.class).setParameter("call", callId).getResultList()
                .forEach(r -> reviews.put(r.assignmentId(), r));
        List<ReviewAssignment> assignments = em.createQuery(
                "select a from ReviewAssignment a where a.callId = :call order by a.applicationId", ReviewAssignment.class)
                .setParameter("call", callId).getResultList();
        List<ReviewProgress.Entry> entries = assignments.stream().map(a -> {
            AssignmentReview review = reviews.get(a.id());
            boolean submitted = review != null && review.isSubmitted();
            return new ReviewProgress.Entry(a.applicationId(), a.state().counts() && a.declaredAt() == null,
                    a.state().counts() && a.declaredAt() != null, review != null && review.savedAt() != null,
                    submitted, a.isOverdueAt(now), a.state().needsReplacement(),
                    submitted ? review.content().scores() : null);
        }).toList();
        return ReviewProgress.of(assignments.stream().map(ReviewAssignment::applicationId).distinct().toList(), entries,
                call.review());
    }

    /** The caller's assignment, locked, where they may still write the review; refused in words after submission. */
    private ReviewAssignment editable(long assignmentId) {
        ReviewAssignment assignment = assignment(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        Decision read = ReviewingPermissions.canRead(currentUser.caller(), assignment);
        read.orThrow();
        if (!assignment.state().editsReview()) {
            throw new InvalidInputException(List.of(FieldProblem.of(null, "review.problem.submitted")));
        }
        return assignment;
    }

    private AssignmentReview write(ReviewAssignment assignment, long reviewVersion, ReviewContent content) {
        Instant now = now();
        AssignmentReview review = reviewOf(assignment.id());
        if (review == null) {
            review = AssignmentReview.start(assignment.id(), now);
            review.change(content, now);
            em.persist(review);
        } else {
            if (review.version() != reviewVersion) {
                throw new ConcurrentChangeException("Review", review.id());
            }
            review.change(content, now);
        }
        em.flush();
        return review;
    }

    /**
     * The other submitted reviews of the same application, numbered in the order they were submitted: "Reviewer 1",
     * "Reviewer 2", … and never who wrote them.
     */
    private List<ReviewView.OtherReview> others(ReviewAssignment mine, List<CriterionView> criteria) {
        List<AssignmentReview> reviews = em.createQuery("select r from AssignmentReview r, ReviewAssignment a "
                        + "where r.assignmentId = a.id and a.applicationId = :application and a.id <> :mine "
                        + "and r.submittedAt is not null order by r.submittedAt, r.id", AssignmentReview.class)
                .setParameter("application", mine.applicationId()).setParameter("mine", mine.id()).getResultList();
        List<ReviewView.OtherReview> others = new ArrayList<>();
        for (AssignmentReview review : reviews) {
            others.add(new ReviewView.OtherReview(others.size() + 1, review.content(),
                    WeightedScore.of(review.content().scores(), criteria).orElse(null)));
        }
        return others;
    }

    private AssignmentReview reviewOf(long assignmentId) {
        return em.createQuery("select r from AssignmentReview r where r.assignmentId = :id", AssignmentReview.class)
                .setParameter("id", assignmentId).getResultList().stream().findFirst().orElse(null);
    }

    private OrganisationView organisationUnlessBlind(CallView call, ReviewAssignment assignment) {
        return call.review().blind() ? null
                : organisations.organisation(applications.find(assignment.applicationId()).organisationId());
    }

    private ReviewAssignment assignment(long id, LockModeType lock) {
        ReviewAssignment assignment = em.find(ReviewAssignment.class, id, lock);
        if (assignment == null) {
            throw new NoSuchObjectException("ReviewAssignment", id);
        }
        return assignment;
    }
}
