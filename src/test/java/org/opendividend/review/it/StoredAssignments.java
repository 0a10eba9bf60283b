package org.opendividend.review.it;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewReminder;

import java.util.List;

/**
 * Assignments as the officers' assignment will store them, and what the reminders stored, for the in-container tests
 * of what follows an assignment (the officers' pages that make them are tested on their own).
 */
@Dependent
@Transactional
public class StoredAssignments {

    @PersistenceContext
    EntityManager em;

    public ReviewAssignment store(ReviewAssignment assignment) {
        em.persist(assignment);
        return assignment;
    }

    /** Takes a step on a stored assignment (e.g. declare no conflict, submit) and stores it. */
    public ReviewAssignment change(long id, java.util.function.Consumer<ReviewAssignment> step) {
        ReviewAssignment assignment = em.find(ReviewAssignment.class, id);
        step.accept(assignment);
        return assignment;
    }

    public List<ReviewReminder> remindersOf(String reviewerSubject) {
        return em.createQuery("select r from ReviewReminder r where r.reviewerSubject = :subject", ReviewReminder.class)
                .setParameter("subject", reviewerSubject).getResultList();
    }

    /** The subjects of the mails in the outbox about this object and action ({@code <type> <id> <action>}). */
    public List<String> mailSubjects(String about) {
        return em.createQuery("select m.subject from OutboxMail m where m.about = :about", String.class)
                .setParameter("about", about).getResultList();
    }
}
