package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.ApplicationScreening;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.review.control.decision.StoredDecisions;
import org.opendividend.review.entity.AssignmentReview;

import java.util.List;
import java.util.Optional;

/**
 * The applicant's side of a funding decision: the outcome of their own organisation's application and the comments
 * the reviewers meant for them, only once the call's decision is taken (before, nothing: a proposal or an approval
 * still waiting tells the applicant nothing). Refused ({@link OutcomePermissions}) to anyone not a member of the
 * applying organisation, whether or not there is an outcome to show.
 */
@ApplicationScoped
@Transactional
public class ApplicantOutcomes {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationScreening applications;

    @Inject
    OrganisationDirectory organisations;

    /** The outcome of the application, empty while its call's decision is not taken or has no line for it. */
    public Optional<ApplicantOutcome> of(long applicationId) {
        SubmittedApplication application = applications.find(applicationId);
        OutcomePermissions.canReadOwn(currentUser.caller(), organisations.organisation(application.organisationId()))
                .orThrow();
        return StoredDecisions.takenOfCall(em, application.callId())
                .flatMap(d -> d.lineOf(applicationId).map(line -> new ApplicantOutcome(applicationId, line.outcome(),
                        line.amount(), d.decidedAt(), comments(applicationId))));
    }

    /**
     * The comments to the applicant of the application's submitted reviews, numbered in the order the reviews were
     * submitted (as reviewers read each other's: "Reviewer 1", "Reviewer 2", …); a review without one keeps its number.
     */
    private List<ApplicantOutcome.ReviewerComment> comments(long applicationId) {
        return ApplicantOutcome.numbered(em.createQuery("select r from AssignmentReview r, ReviewAssignment a "
                        + "where r.assignmentId = a.id and a.applicationId = :application and r.submittedAt is not null "
                        + "order by r.submittedAt, r.id", AssignmentReview.class)
                .setParameter("application", applicationId).getResultList().stream()
                .map(r -> r.content().toApplicant()).toList());
    }
}
