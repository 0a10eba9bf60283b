package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.ApplicationScreening;
import org.opendividend.applications.boundary.SubmissionsQuery;
import org.opendividend.applications.boundary.SubmissionsRow;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.applications.boundary.SubmittedApplications;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.people.boundary.PersonContact;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.review.control.ApplicationFacts;
import org.opendividend.review.control.AssignmentInstanceBuilder.EligibleApplication;
import org.opendividend.review.control.AssignmentInstanceBuilder.PoolReviewer;
import org.opendividend.review.control.ConflictRules;
import org.opendividend.review.control.OfficerRulings;
import org.opendividend.review.control.ReviewerFacts;
import org.opendividend.review.entity.AssignmentStatus;
import org.opendividend.review.entity.Keyword;
import org.opendividend.review.entity.ReviewAssignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what the assignment of one call works with, from the components that keep it: the applications screened
 * eligible with their latest submitted texts (applications), their applicants and organisations (people,
 * organisations), the reviewers of the call's pools with their profiles, the officers' rulings and the assignments so
 * far (review). Who may read it is {@link AssignmentFacade}'s to decide before it asks.
 */
@ApplicationScoped
@Transactional
public class AssignmentInputs {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SubmittedApplications submitted;

    @Inject
    ApplicationScreening applications;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    PersonFacade people;

    @Inject
    ReviewerProfiles profiles;

    @Inject
    ConflictRulings rulings;

    @Inject
    ConflictRules rules;

    @Inject
    Clock clock;

    /** The call's inputs as they are now. */
    CallAssignment of(CallView call, CallSummary summary) {
        List<ReviewAssignment> assignments = em.createQuery("select a from ReviewAssignment a where a.callId = :call"
                + " order by a.applicationId, a.id", ReviewAssignment.class).setParameter("call", call.id()).getResultList();
        Map<Long, CallAssignment.Titles> titles = new LinkedHashMap<>();
        List<EligibleApplication> eligible = eligible(call, titles);
        List<ReviewerProfileRecord> pool = profiles.forCall(summary);
        Map<String, Long> personIds = people.idsBySubject(pool.stream().map(ReviewerProfileRecord::subject).toList());
        int thisYear = LocalDate.now(clock.withZone(Formats.TAIPEI)).getYear();
        List<PoolReviewer> reviewers = new ArrayList<>();
        List<String> notLoggedIn = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        for (ReviewerProfileRecord r : pool) {
            names.put(r.subject(), r.displayName());
            Long personId = personIds.get(r.subject());
            if (personId == null) {
                // an assignment names a person, and a person exists from their first login on
                notLoggedIn.add(r.displayName());
            } else if (r.available()) {
                reviewers.add(new PoolReviewer(r.subject(), personId, r.expertise(Languages.ZH_TW, Keyword.ZH_TW),
                        r.expertise(Languages.EN, Keyword.EN), r.languages(), r.maxLoadPerCall(),
                        r.facts(thisYear, declared(assignments, r.subject()))));
            }
        }
        assignments.forEach(a -> names.putIfAbsent(a.reviewerSubject(), a.reviewerSubject()));
        Map<Long, Map<Long, OfficerRulings>> ruled = rulings.rulingsOf(titles.keySet());
        return new CallAssignment(call, eligible, titles, reviewers, names, notLoggedIn, assignments,
                (reviewer, application) -> rules.conflicts(reviewer.facts(), application.facts(),
                        ruled.getOrDefault(application.id(), Map.of())
                                .getOrDefault(reviewer.personId(), OfficerRulings.NONE)));
    }

    private static List<ReviewerFacts.DeclaredConflict> declared(List<ReviewAssignment> assignments, String subject) {
        return assignments.stream()
                .filter(a -> a.isOf(subject) && a.status() == AssignmentStatus.CONFLICT_DECLARED)
                .map(a -> new ReviewerFacts.DeclaredConflict(a.applicationId(), a.conflictKind(), a.reason()))
                .toList();
    }

    /**
     * The latest submitted version of the call's applications screened eligible, in the order of their titles: what
     * the panel lists and its funding line and decision count with (who may read them is the caller's to decide).
     */
    Map<Long, LatestSubmission> eligibleSubmissions(CallView call) {
        Map<Long, LatestSubmission> submissions = new LinkedHashMap<>();
        eligibleRows(call).forEach(r -> submissions.put(r.applicationId(),
                applications.latestSubmission(r.applicationId())));
        return submissions;
    }

    private List<SubmissionsRow> eligibleRows(CallView call) {
        SubmittedApplications.Scope scope = new SubmittedApplications.Scope(Set.of(call.id()), Set.of());
        List<SubmissionsRow> rows = new ArrayList<>();
        List<SubmissionsRow> page;
        do {
            page = submitted.rows(scope, new SubmissionsQuery(call.id(), ApplicationStatus.ELIGIBLE,
                    SubmissionsQuery.Sort.TITLE, true, rows.size(), PAGE), rows.size(), PAGE);
            rows.addAll(page);
        } while (page.size() == PAGE);
        return rows;
    }

    static CallAssignment.Titles titles(ApplicationContent content) {
        return new CallAssignment.Titles(nz(content.titleZhTw()), nz(content.titleEn()));
    }

    /** The call's applications screened eligible, with their latest submitted texts; their titles into {@code titles}. */
    private List<EligibleApplication> eligible(CallView call, Map<Long, CallAssignment.Titles> titles) {
        List<SubmittedApplication> found = eligibleRows(call).stream().map(r -> applications.find(r.applicationId())).toList();
        Map<String, String> emails = people.contacts(found.stream().map(SubmittedApplication::ownerSubject)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(PersonContact::subject, PersonContact::email));
        Map<Long, OrganisationView> organisationsById = organisations.organisations(
                new HashSet<>(found.stream().map(SubmittedApplication::organisationId).toList()));
        List<EligibleApplication> eligible = new ArrayList<>();
        for (SubmittedApplication a : found) {
            ApplicationContent content = applications.latestSubmission(a.id()).submitted();
            titles.put(a.id(), titles(content));
            OrganisationView organisation = organisationsById.get(a.organisationId());
            String answers = content.answers() == null ? "" : content.answers().values().stream()
                    .map(AssignmentInputs::nz).collect(Collectors.joining("\n"));
            eligible.add(new EligibleApplication(a.id(),
                    Stream.of(content.titleZhTw(), content.abstractText(), answers).map(AssignmentInputs::nz)
                            .collect(Collectors.joining("\n")),
                    nz(content.titleEn()), content.outputLanguages(),
                    ApplicationFacts.of(a.id(), emails.getOrDefault(a.ownerSubject(), ""), "", a.organisationId(),
                            organisation == null ? "" : organisation.nameZhTw(), content)));
        }
        return eligible;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
