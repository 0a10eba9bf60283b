package org.opendividend.review.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.review.entity.ReviewAssignment;

import java.time.Instant;

/**
 * Assigns a reviewer to an application in the in-container tests, as the officers' assignment (another page) will:
 * the row a solver run or a manual move stores. Only ever in test deployments.
 */
@ApplicationScoped
@Transactional
public class AssignmentFixtures {

    @PersistenceContext
    EntityManager em;

    public ReviewAssignment assign(long callId, long applicationId, long reviewerPersonId, String reviewerSubject,
                                   Instant due) {
        ReviewAssignment assignment = ReviewAssignment.assign(callId, applicationId, reviewerPersonId, reviewerSubject,
                null, due, Instant.now());
        em.persist(assignment);
        em.flush();
        return assignment;
    }
}
