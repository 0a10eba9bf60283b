package org.opendividend.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.notifications.entity.OutboxMail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's rows. Adding joins the caller's transaction (the change and its mails commit together); claiming
 * and recording an attempt are short transactions of their own, so that no transaction is open while the mail
 * server is talked to.
 */
@ApplicationScoped
public class OutboxStore {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    /** The ids of mails due now, oldest first; held mails are not due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.sentAt is null and m.heldReason is null "
                        + "and m.nextAttemptAt <= :now and m.attempts < :max and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id",
                        Long.class)
                .setParameter("now", now).setParameter("max", OutboxMail.MAX_ATTEMPTS)
                .setMaxResults(max).getResultList();
    }

    /** The mail if this sender may attempt it now (the row is locked while deciding, so only one sender may). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.claim(now)) {
            return Optional.empty();
        }
        return Optional.of(new Claimed(id, mail.noticeId(), mail.about(), mail.attempts(), mail.mail()));
    }

    /**
     * In the transaction that recorded the verification: the mails held for the person at the address they verified
     * become due now.
     *
     * @return how many were released
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int release(String subject, String verifiedAddress, Instant now) {
        return (int) em.createQuery("select m from OutboxMail m where m.toSubject = :subject and m.heldReason is not null "
                        + "and m.sentAt is null", OutboxMail.class)
                .setParameter("subject", subject).getResultList().stream()
                .filter(mail -> mail.releaseFor(subject, verifiedAddress, now)).count();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant now) {
        em.find(OutboxMail.class, id).sent(now);
    }

    /** Records the failure; true when the mail is given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, Instant now, String error) {
        return em.find(OutboxMail.class, id).failed(now, error);
    }

    /** A mail taken for one attempt. */
    public record Claimed(long id, String noticeId, String about, int attempt, ComposedMail mail) {
    }
}
