package org.opendividend.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.platform.events.Actor;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.AssignmentRun;
import org.opendividend.review.entity.Keyword;
import org.opendividend.review.entity.PoolMember;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewContent;
import org.opendividend.review.entity.ReviewReminder;
import org.opendividend.review.entity.ReviewerProfile;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reviewers in a call's pool with their profiles, as invitations and the reviewers' own saves would leave them (the
 * invitation's identity provider is not part of an Arquillian deployment); assignments stored and stepped as runs,
 * officers and reviewers would; and the review tables, reminders and mails read back. Their
 * addresses are at a domain of their own: every fixture caller's is at example.org, and a shared domain is a conflict.
 */
@ApplicationScoped
@Transactional
public class AssignmentFixtures {

    @PersistenceContext
    EntityManager em;

    public void reviewerInPool(String ministry, long callId, String subject, String name, Set<String> languages,
                               String keywordZhTw, int maxLoad) {
        Instant now = Instant.now();
        em.persist(PoolMember.invite(ministry, callId, subject, subject + "@reviewers.test", name,
                new Actor("sub-officer-moc", "張家豪"), now));
        ReviewerProfile profile = ReviewerProfile.start(subject, name, now);
        profile.change(new ReviewerProfileContent(EnumSet.of(FocusArea.SPEECH_TECHNOLOGY),
                List.of(new Keyword(Keyword.ZH_TW, keywordZhTw)), languages, List.of(), Set.of(), Set.of(), true,
                maxLoad), now);
        em.persist(profile);
    }

    /** The call's deadline moved a minute into the past, as if it had closed since its applications were submitted. */
    public void closeCall(long callId) {
        Instant closed = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("update funding_call set opens_at = least(opens_at, ?1), closes_at = ?2 where id = ?3")
                .setParameter(1, closed.minus(1, ChronoUnit.DAYS)).setParameter(2, closed).setParameter(3, callId)
                .executeUpdate();
    }

    public List<ReviewAssignment> assignments(long callId) {
        return em.createQuery("select a from ReviewAssignment a where a.callId = :call order by a.id",
                ReviewAssignment.class).setParameter("call", callId).getResultList();
    }

    public List<AssignmentRun> runs(long callId) {
        return em.createQuery("select r from AssignmentRun r where r.callId = :call order by r.id", AssignmentRun.class)
                .setParameter("call", callId).getResultList();
    }

    public long mailsTo(String address) {
        return em.createQuery("select count(m) from OutboxMail m where m.toAddress = :to", Long.class)
                .setParameter("to", address).getSingleResult();
    }

    /** An assignment as a run or an officer's move stores it, for tests of what follows an assignment. */
    public ReviewAssignment assign(long callId, long applicationId, long reviewerPersonId, String reviewerSubject,
                                   Instant due) {
        return store(ReviewAssignment.assign(callId, applicationId, reviewerPersonId, reviewerSubject, null, due,
                Instant.now()));
    }

    /**
     * An assignment whose reviewer declared no conflict and submitted this review, as the reviewer's steps leave it,
     * for tests of what reads the submitted reviews (the panel).
     */
    public ReviewAssignment submitted(long callId, long applicationId, long reviewerPersonId, String reviewerSubject,
                                      ReviewContent content) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ReviewAssignment assignment = assign(callId, applicationId, reviewerPersonId, reviewerSubject,
                now.plus(Duration.ofDays(14)));
        assignment.declareNoConflict(now);
        AssignmentReview review = AssignmentReview.start(assignment.id(), now);
        review.change(content, now);
        review.submit(now);
        em.persist(review);
        assignment.recordSubmission(now);
        em.flush();
        return assignment;
    }

    public ReviewAssignment store(ReviewAssignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    /** Takes a step on a stored assignment (e.g. declare no conflict, submit) and stores it. */
    public ReviewAssignment change(long id, Consumer<ReviewAssignment> step) {
        ReviewAssignment assignment = em.find(ReviewAssignment.class, id);
        step.accept(assignment);
        return assignment;
    }

    public List<ReviewReminder> remindersOf(String reviewerSubject) {
        return em.createQuery("select r from ReviewReminder r where r.reviewerSubject = :subject", ReviewReminder.class)
                .setParameter("subject", reviewerSubject).getResultList();
    }

    /** The subjects of the mails in the outbox about this object and action ({@code <type> <id> <action>}). */
    /** Each mail in the outbox about the step ({@code "<type> <id> <action>"}): its subject, a blank line, its text. */
    public List<String> mails(String about) {
        return em.createQuery("select m.subject, m.textBody from OutboxMail m where m.about = :about order by m.id",
                        Object[].class).setParameter("about", about).getResultList().stream()
                .map(row -> row[0] + "\n\n" + row[1]).toList();
    }

    public List<String> mailSubjects(String about) {
        return em.createQuery("select m.subject from OutboxMail m where m.about = :about", String.class)
                .setParameter("about", about).getResultList();
    }

    /** Each mail in the outbox about this object and action, as {@code <recipient's subject>: <mail's subject>}. */
    public List<String> mailsAbout(String about) {
        return em.createQuery("select m.toSubject, m.subject from OutboxMail m where m.about = :about order by m.id",
                        Object[].class)
                .setParameter("about", about).getResultList().stream().map(r -> r[0] + ": " + r[1]).toList();
    }
}
