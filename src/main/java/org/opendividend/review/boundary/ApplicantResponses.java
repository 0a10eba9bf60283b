package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.ApplicationScreening;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.calls.boundary.ResponseWindowView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.entity.ApplicantResponded;
import org.opendividend.review.entity.ApplicantResponse;
import org.opendividend.review.entity.AssignmentReview;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The applicant response window (issue #11, item 3): while the call's window is open, the members of an applying
 * organisation read the comments the reviewers meant for them (never who wrote them) and its writers answer within
 * the call's word limit; the panel's officers read the answers. Every read and write is refused to anyone else
 * ({@link OutcomePermissions}, {@link PanelPermissions}); a stale answer is refused as a concurrent change.
 */
@ApplicationScoped
@Transactional
public class ApplicantResponses {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    @Inject
    ApplicationScreening applications;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallDirectory calls;

    @Inject
    OwnApplications ownApplications;

    /** The window of the application's call as its applicant sees it; empty when the call has none. */
    public Optional<ResponseView> forApplicant(long applicationId) {
        SubmittedApplication application = applications.find(applicationId);
        OutcomePermissions.canReadOwn(currentUser.caller(), organisation(application)).orThrow();
        return calls.responseWindow(application.callId()).map(window -> view(application, window));
    }

    /**
     * A writer of the applying organisation answers (or changes the answer) while the window is open: refused with the
     * field's message when the window is closed, the answer empty, over the word limit or too long; refused as a
     * concurrent change when someone saved it since {@code expectedVersion} (0 before the first answer).
     */
    public ResponseView answer(long applicationId, String text, long expectedVersion) {
        SubmittedApplication application = applications.find(applicationId);
        Caller caller = currentUser.caller();
        OutcomePermissions.canAnswer(caller, organisation(application)).orThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ResponseWindowView window = calls.responseWindow(application.callId())
                .filter(w -> w.isOpenAt(now))
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("answer", "response.problem.closed"))));
        String answer = text == null ? "" : text.strip();
        List<FieldProblem> problems = new ArrayList<>();
        int words = ResponseWindowView.words(answer);
        if (answer.isEmpty()) {
            problems.add(FieldProblem.of("answer", "response.problem.empty"));
        } else if (!window.allows(answer)) {
            problems.add(FieldProblem.of("answer", "response.problem.tooManyWords", words, window.wordLimit()));
        } else if (answer.length() > ApplicantResponse.MAX_CHARACTERS) {
            problems.add(FieldProblem.of("answer", "response.problem.tooLong", ApplicantResponse.MAX_CHARACTERS));
        }
        InvalidInputException.unless(problems);
        ApplicantResponse response = stored(applicationId).orElse(null);
        long current = response == null ? 0 : response.version() + 1;
        if (current != expectedVersion) {
            throw new ConcurrentChangeException("ApplicantResponse", applicationId);
        }
        if (response == null) {
            response = ApplicantResponse.first(applicationId, application.callId());
            response.write(answer, caller.subject(), now);
            em.persist(response);
        } else {
            response.write(answer, caller.subject(), now);
        }
        em.flush();
        events.fire(new ApplicantResponded(caller.actor(), applicationId, application.callId(), words));
        return view(application, window);
    }

    /** The answers of a call's applicants by application, for the panel's officers (others refused). */
    public Map<Long, String> forPanel(long callId) {
        CallView call = calls.call(callId);
        PanelPermissions.canReadPanel(currentUser.caller(), call, ownApplications.competesIn(callId)).orThrow();
        return em.createQuery("select r from ApplicantResponse r where r.callId = :call", ApplicantResponse.class)
                .setParameter("call", callId).getResultList().stream()
                .collect(Collectors.toMap(ApplicantResponse::applicationId, ApplicantResponse::answer));
    }

    private ResponseView view(SubmittedApplication application, ResponseWindowView window) {
        Optional<ApplicantResponse> response = stored(application.id());
        return new ResponseView(application.id(), window.closesAt(), window.wordLimit(),
                window.isOpenAt(clock.instant()), comments(application.id()),
                response.map(ApplicantResponse::answer).orElse(""),
                response.map(r -> r.version() + 1).orElse(0L), response.isPresent());
    }

    private Optional<ApplicantResponse> stored(long applicationId) {
        return em.createQuery("select r from ApplicantResponse r where r.applicationId = :application",
                ApplicantResponse.class).setParameter("application", applicationId)
                .getResultList().stream().findFirst();
    }

    private OrganisationView organisation(SubmittedApplication application) {
        return organisations.organisation(application.organisationId());
    }

    /** As {@link ApplicantOutcomes} numbers them: the submitted reviews' comments to the applicant. */
    private List<ApplicantOutcome.ReviewerComment> comments(long applicationId) {
        return ApplicantOutcome.numbered(em.createQuery("select r from AssignmentReview r, ReviewAssignment a "
                        + "where r.assignmentId = a.id and a.applicationId = :application and r.submittedAt is not null "
                        + "order by r.submittedAt, r.id", AssignmentReview.class)
                .setParameter("application", applicationId).getResultList().stream()
                .map(r -> r.content().toApplicant()).toList());
    }
}
