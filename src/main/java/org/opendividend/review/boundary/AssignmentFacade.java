package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.people.boundary.PersonContact;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.web.PublicLinks;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.validation.Translatable;
import org.opendividend.review.control.AssignmentInstanceBuilder.EligibleApplication;
import org.opendividend.review.control.AssignmentInstanceBuilder.PoolReviewer;
import org.opendividend.review.control.AssignmentCallLocks;
import org.opendividend.review.control.AssignmentInstanceFile;
import org.opendividend.review.control.assignment.Affinities;
import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.control.assignment.AssignmentResult;
import org.opendividend.review.control.assignment.ReviewerAssignment;
import org.opendividend.review.control.assignment.ScaledAffinity;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.AssignmentChange;
import org.opendividend.review.entity.AssignmentMoved;
import org.opendividend.review.entity.AssignmentRun;
import org.opendividend.review.entity.AssignmentRunRecorded;
import org.opendividend.review.entity.AssignmentsMailed;
import org.opendividend.review.entity.Conflict;
import org.opendividend.review.entity.ReviewAssignment;

import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The assignment of reviewers to a call's eligible applications ({@code /officer/assignment.xhtml}): the picture of
 * the call, a solver run that fills the gaps (assignments that count stay), moves by hand (withdraw, assign with the
 * conflict refused and load warnings confirmed) and the mail to the reviewers of what is new to them. Each is refused
 * to anyone {@link AssignmentPermissions} refuses, and each is audited through its event.
 */
@ApplicationScoped
@Transactional
public class AssignmentFacade {

    /** The review deadline is the end of its day in Taipei. */
    static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59);

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
    OwnApplications ownApplications;

    @Inject
    AssignmentInputs inputs;

    @Inject
    PersonFacade people;

    @Inject
    AssignmentCallLocks locks;

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The call as the page shows it. */
    public AssignmentBoard board(long callId) {
        return board(authorised(callId));
    }

    /**
     * Runs the solver for the call's gaps: stores the run (its instance and objective, or its diagnosis) and, when an
     * assignment exists, the new assignments due at the end of {@code deadline} in Taipei. Says what the officer
     * should read: why no assignment exists, or the warnings of the one found.
     */
    public RunOutcome run(long callId, int minLoad, LocalDate deadline) {
        CallAssignment call = authorisedAndLocked(callId);
        Instant due = due(deadline, minLoad);
        AssignmentInstance instance = call.instance(minLoad);
        StringWriter json = new StringWriter();
        AssignmentInstanceFile.write(instance, json);
        AssignmentResult result = ReviewerAssignment.solve(instance);
        Actor officer = currentUser.caller().actor();
        Instant now = now();
        List<Explanation> explanations = result.notices().stream().map(n -> Explanation.of(n, readable(call))).toList();
        if (!result.assigned()) {
            String diagnosis = explanations.stream().filter(Explanation::error).map(Explanation::zhTw)
                    .collect(Collectors.joining("\n"));
            AssignmentRun run = AssignmentRun.infeasible(callId, json.toString(), diagnosis, officer, now);
            em.persist(run);
            em.flush();
            events.fire(new AssignmentRunRecorded(officer, callId, run.id(), false, null, 0, diagnosis));
            return new RunOutcome(false, 0, explanations);
        }
        AssignmentRun run = AssignmentRun.solved(callId, json.toString(), ScaledAffinity.of(result.objective()), officer,
                now);
        em.persist(run);
        em.flush();
        for (AssignmentResult.Review review : result.reviews()) {
            PoolReviewer reviewer = call.reviewer(review.reviewerId()).orElseThrow();
            em.persist(ReviewAssignment.assign(callId, Long.parseLong(review.applicationId()), reviewer.personId(),
                    reviewer.subject(), run.id(), due, now));
        }
        events.fire(new AssignmentRunRecorded(officer, callId, run.id(), true, run.objective(), result.reviews().size(),
                null));
        return new RunOutcome(true, result.reviews().size(), explanations);
    }

    /** An officer takes back an assignment whose review is not submitted. */
    public void withdraw(long assignmentId, long version) {
        ReviewAssignment assignment = assignment(assignmentId);
        authorised(assignment.callId());
        if (assignment.version() != version) {
            throw new ConcurrentChangeException("ReviewAssignment", assignmentId);
        }
        assignment.withdraw();
        events.fire(new AssignmentMoved(currentUser.caller().actor(), assignment.applicationId(), assignmentId,
                assignment.reviewerSubject(), AssignmentAction.WITHDRAW, ""));
    }

    /**
     * Assigns a reviewer of the call's pools to an eligible application by hand, due at the end of {@code deadline}.
     * A conflict refuses it with its reason; going beyond the reviewer's maximum load or the call's reviews per
     * application is done only when the officer {@code confirmed} the warnings, which are otherwise returned unstored.
     */
    public HandAssignment assign(long callId, long applicationId, String reviewerSubject, LocalDate deadline,
                                 boolean confirmed) {
        CallAssignment call = authorisedAndLocked(callId);
        Instant due = due(deadline, 0);
        EligibleApplication application = call.application(applicationId)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("application",
                        "assignment.problem.notEligible"))));
        PoolReviewer reviewer = call.reviewer(reviewerSubject == null ? "" : reviewerSubject)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("reviewer",
                        "assignment.problem.notInPool"))));
        Optional<ReviewAssignment> earlier = call.assignments().stream()
                .filter(a -> a.applicationId() == applicationId && a.isOf(reviewer.subject())).findFirst();
        if (earlier.isPresent() && earlier.get().state().counts()) {
            throw new InvalidInputException(List.of(FieldProblem.of("reviewer", "assignment.problem.alreadyAssigned")));
        }
        if (earlier.isPresent() && earlier.get().state().needsReplacement()) {
            throw new InvalidInputException(List.of(FieldProblem.of("reviewer", "assignment.problem.answered",
                    new Translatable(earlier.get().status().labelKey()))));
        }
        Optional<Conflict> conflict = call.blockingConflict(reviewer, application);
        if (conflict.isPresent()) {
            throw new InvalidInputException(List.of(FieldProblem.of("reviewer", "assignment.problem.conflicted"),
                    FieldProblem.of("reviewer", conflict.get().reasonKey(), conflict.get().arguments().toArray())));
        }
        List<FieldProblem> warnings = warnings(call, reviewer, applicationId);
        if (!warnings.isEmpty() && !confirmed) {
            return new HandAssignment(false, warnings);
        }
        Instant now = now();
        ReviewAssignment assignment;
        AssignmentAction how = null;
        if (earlier.isPresent()) {
            assignment = earlier.get();
            assignment.reassign(null, due, now);
            how = AssignmentAction.REASSIGN;
        } else {
            assignment = ReviewAssignment.assign(callId, applicationId, reviewer.personId(), reviewer.subject(), null,
                    due, now);
            em.persist(assignment);
            em.flush();
        }
        String confirmedWarnings = warnings.stream().map(FieldProblem::messageKey).collect(Collectors.joining(", "));
        events.fire(new AssignmentMoved(currentUser.caller().actor(), applicationId, assignment.id(), reviewer.subject(),
                how != null ? how : AssignmentChange.ASSIGNED_BY_HAND, confirmedWarnings));
        return new HandAssignment(true, warnings);
    }

    /**
     * Mails every reviewer of the call their assignments not mailed yet, one mail each, and marks them mailed; says
     * how many reviewers were mailed (none when nothing is new).
     */
    public int mailReviewers(long callId) {
        CallAssignment call = authorisedAndLocked(callId);
        Map<String, List<ReviewAssignment>> unmailed = call.assignments().stream().filter(ReviewAssignment::awaitsMail)
                .collect(Collectors.groupingBy(ReviewAssignment::reviewerSubject, LinkedHashMap::new, Collectors.toList()));
        if (unmailed.isEmpty()) {
            return 0;
        }
        Map<String, PersonContact> contacts = people.contacts(unmailed.keySet()).stream()
                .collect(Collectors.toMap(PersonContact::subject, Function.identity()));
        Instant now = now();
        List<AssignmentsMailed.ReviewerMail> mails = new ArrayList<>();
        unmailed.forEach((subject, assignments) -> {
            PersonContact contact = contacts.get(subject);
            if (contact == null) {
                return; // no address known yet: mailed once they logged in with one
            }
            List<String> titles = assignments.stream().map(a -> call.titles().get(a.applicationId()))
                    .map(t -> t == null ? "" : BilingualText.both(t.zhTw(), t.en())).toList();
            Instant due = assignments.stream().map(ReviewAssignment::dueAt).min(Comparator.naturalOrder()).orElseThrow();
            mails.add(new AssignmentsMailed.ReviewerMail(contact.recipient(), titles, due));
            assignments.forEach(a -> a.markMailed(now));
        });
        if (!mails.isEmpty()) {
            events.fire(new AssignmentsMailed(currentUser.caller().actor(), callId,
                    BilingualText.both(call.call().titleZhTw(), call.call().titleEn()), mails,
                    URI.create(PublicLinks.to("/reviewer/"))));
        }
        return mails.size();
    }

    private static List<FieldProblem> warnings(CallAssignment call, PoolReviewer reviewer, long applicationId) {
        List<FieldProblem> warnings = new ArrayList<>();
        long load = call.load(reviewer.subject());
        if (load + 1 > reviewer.maxLoad()) {
            warnings.add(FieldProblem.of("reviewer", "assignment.warning.overMaxLoad", call.name(reviewer.subject()),
                    load + 1, reviewer.maxLoad()));
        }
        long reviews = call.reviews(applicationId);
        if (reviews + 1 > call.reviewsPerApplication()) {
            warnings.add(FieldProblem.of("application", "assignment.warning.overReviews", reviews + 1,
                    call.reviewsPerApplication()));
        }
        return warnings;
    }

    /** The end of the deadline's day in Taipei; refused when missing or not after today, or with a negative load. */
    private Instant due(LocalDate deadline, int minLoad) {
        List<FieldProblem> problems = new ArrayList<>();
        if (deadline == null) {
            problems.add(FieldProblem.of("deadline", "validation.required"));
        } else if (!deadline.isAfter(LocalDate.now(clock.withZone(Formats.TAIPEI)))) {
            problems.add(FieldProblem.of("deadline", "assignment.problem.deadlinePast"));
        }
        if (minLoad < 0) {
            problems.add(FieldProblem.of("minLoad", "assignment.problem.negativeMinLoad"));
        }
        InvalidInputException.unless(problems);
        return deadline.atTime(DEADLINE_TIME).atZone(Formats.TAIPEI).toInstant();
    }

    /** The call's inputs, after refusing a caller who may not assign its reviewers. */
    private CallAssignment authorised(long callId) {
        return inputs.of(permitted(callId), summary(callId));
    }

    /**
     * The call's inputs read under the call's assignment lock, after refusing a caller who may not assign: for the
     * actions that act on what they read (gaps, unmailed assignments), so that a second officer at once waits and then
     * reads the first one's result instead of filling the same gaps again.
     */
    private CallAssignment authorisedAndLocked(long callId) {
        CallView call = permitted(callId);
        CallSummary summary = summary(callId);
        locks.lock(callId);
        return inputs.of(call, summary);
    }

    private CallView permitted(long callId) {
        CallView call = calls.call(callId);
        AssignmentPermissions.canAssign(currentUser.caller(), call, ownApplications.competesIn(callId)).orThrow();
        return call;
    }

    private CallSummary summary(long callId) {
        return calls.publishedSummary(callId).orElseThrow(() -> new NoSuchObjectException("FundingCall", callId));
    }

    private ReviewAssignment assignment(long id) {
        ReviewAssignment assignment = em.find(ReviewAssignment.class, id);
        if (assignment == null) {
            throw new NoSuchObjectException("ReviewAssignment", id);
        }
        return assignment;
    }

    /** The solver's ids as officers read them: applications by their titles, reviewers by their names. */
    private static Function<Object, Object[]> readable(CallAssignment call) {
        return argument -> {
            if (argument instanceof String id) {
                if (call.names().containsKey(id)) {
                    return new Object[] {call.name(id), call.name(id)};
                }
                CallAssignment.Titles titles = id.chars().allMatch(Character::isDigit) && !id.isEmpty()
                        ? call.titles().get(Long.parseLong(id)) : null;
                if (titles != null) {
                    return new Object[] {titles.zhTw(), titles.en()};
                }
            }
            return new Object[] {argument, argument};
        };
    }

    private AssignmentBoard board(CallAssignment call) {
        Affinities affinities = call.affinities();
        Map<Long, Integer> applicationIndex = new HashMap<>();
        for (int i = 0; i < call.applications().size(); i++) {
            applicationIndex.put(call.applications().get(i).id(), i);
        }
        Map<String, Integer> reviewerIndex = new HashMap<>();
        for (int i = 0; i < call.reviewers().size(); i++) {
            reviewerIndex.put(call.reviewers().get(i).subject(), i);
        }
        List<AssignmentBoard.Row> rows = call.applications().stream().map(a -> new AssignmentBoard.Row(a.id(),
                call.titles().get(a.id()).zhTw(), call.titles().get(a.id()).en(), call.reviews(a.id()),
                call.reviewsPerApplication(),
                call.assignments().stream().filter(x -> x.applicationId() == a.id()).map(x -> {
                    Integer r = reviewerIndex.get(x.reviewerSubject());
                    Double affinity = r == null ? null : affinities.between(applicationIndex.get(a.id()), r);
                    return new AssignmentBoard.Assigned(x.id(), x.version(), call.name(x.reviewerSubject()), affinity,
                            x.status(), x.dueAt(), x.isWithdrawable(),
                            x.runId() == null);
                }).toList())).toList();
        List<AssignmentBoard.ReviewerLoad> reviewers = call.reviewers().stream()
                .map(r -> new AssignmentBoard.ReviewerLoad(r.subject(), call.name(r.subject()), call.load(r.subject()),
                        r.maxLoad())).toList();
        AssignmentBoard.LastRun lastRun = em.createQuery("select r from AssignmentRun r where r.callId = :call"
                        + " order by r.ranAt desc, r.id desc", AssignmentRun.class)
                .setParameter("call", call.call().id()).setMaxResults(1).getResultList().stream().findFirst()
                .map(r -> new AssignmentBoard.LastRun(r.id(), r.ranAt(), r.officerName(), r.feasible(), r.objective()))
                .orElse(null);
        long awaitingMail = call.assignments().stream().filter(ReviewAssignment::awaitsMail).count();
        return new AssignmentBoard(call.call(), rows, reviewers, call.notLoggedIn(), lastRun, awaitingMail);
    }
}
