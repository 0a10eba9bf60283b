package org.opendividend.review.control.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.ReviewAssignment;

import java.util.List;

/**
 * Reads a call's submitted reviews for the panel. Who may read them is the caller's to decide before it asks
 * ({@code PanelFacade}).
 */
@ApplicationScoped
public class SubmittedReviews {

    @PersistenceContext
    EntityManager em;

    /** The call's submitted reviews, by application and in the order they were submitted. */
    public List<SubmittedReview> ofCall(long callId) {
        return em.createQuery("select r, a from AssignmentReview r, ReviewAssignment a where r.assignmentId = a.id "
                        + "and a.callId = :call and r.submittedAt is not null order by a.applicationId, r.submittedAt, r.id",
                Object[].class).setParameter("call", callId).getResultList().stream().map(row -> {
                    AssignmentReview review = (AssignmentReview) row[0];
                    ReviewAssignment assignment = (ReviewAssignment) row[1];
                    return new SubmittedReview(assignment.applicationId(), assignment.reviewerPersonId(),
                            assignment.reviewerSubject(), review.content().scores(), review.content().confidence(),
                            review.content().recommendation());
                }).toList();
    }
}
