package org.opendividend.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.platform.events.Actor;
import org.opendividend.review.entity.AssignmentRun;
import org.opendividend.review.entity.Keyword;
import org.opendividend.review.entity.PoolMember;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewerProfile;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reviewers in a call's pool with their profiles, as invitations and the reviewers' own saves would leave them (the
 * invitation's identity provider is not part of an Arquillian deployment), and the review tables read back. Their
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
}
