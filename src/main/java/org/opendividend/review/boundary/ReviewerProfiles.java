package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.review.entity.PoolMember;
import org.opendividend.review.entity.PoolStatus;
import org.opendividend.review.entity.ReviewerProfile;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviewers' profiles as read records, for the parts of review that use them (assignment, conflicts of interest):
 * one reviewer's, or those of everyone who may review a call. No permission of its own: its callers decide.
 */
@ApplicationScoped
@Transactional // the profiles' collections are read while the records are made
public class ReviewerProfiles {

    @PersistenceContext
    EntityManager em;

    /** The reviewer's profile; empty when they were never invited nor saved one. */
    public Optional<ReviewerProfileRecord> of(String subject) {
        List<PoolMember> memberships = em.createQuery("select m from PoolMember m where m.subject = :subject order by m.id",
                PoolMember.class).setParameter("subject", subject).getResultList();
        ReviewerProfile profile = em.find(ReviewerProfile.class, subject);
        if (profile == null && memberships.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(record(subject, profile, memberships.isEmpty() ? null : memberships.get(0)));
    }

    /**
     * Everyone who may review the call: the members of its own pool and of the pools of the ministries that lead or
     * co-fund it, once each, except those who declined (in the pool they declined).
     */
    public List<ReviewerProfileRecord> forCall(CallSummary call) {
        List<PoolMember> members = em.createQuery("select m from PoolMember m where m.status = :invited and"
                        + " (m.callId = :call or (m.callId is null and m.ministry in :funders)) order by m.id", PoolMember.class)
                .setParameter("invited", PoolStatus.INVITED).setParameter("call", call.id())
                .setParameter("funders", call.funders()).getResultList();
        Map<String, PoolMember> bySubject = new LinkedHashMap<>();
        members.forEach(m -> bySubject.putIfAbsent(m.subject(), m));
        return bySubject.values().stream()
                .map(m -> record(m.subject(), em.find(ReviewerProfile.class, m.subject()), m)).toList();
    }

    private static ReviewerProfileRecord record(String subject, ReviewerProfile profile, PoolMember member) {
        String name = profile != null ? profile.displayName() : member.displayName();
        String email = member == null ? null : member.email();
        return ReviewerProfileRecord.of(subject, name, email,
                profile == null ? ReviewerProfileContent.empty() : profile.content());
    }
}
