package org.opendividend.awards.boundary.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The payments recorded, as read records, for the ledger and other readers: which award (id, number, call), which
 * tranche (its position, from 0) and paying ministry, how much, under which reference and value date, and who
 * recorded it when. Who may see what is the caller's to decide, so reading here checks nobody (as
 * {@code CallDirectory}). Oldest first.
 */
@ApplicationScoped
@Transactional
public class Payments {

    private static final String SELECT = "select new org.opendividend.awards.boundary.disbursement.PaymentRecord("
            + "a.id, a.number, a.callId, d.tranchePosition, d.ministryCode, p.amount, p.paymentReference, p.valueDate, "
            + "p.paidAt, p.paidBy) from Payment p, Disbursement d, Award a "
            + "where d.id = p.disbursementId and a.id = d.awardId ";
    private static final String ORDER = " order by p.paidAt, p.id";

    @PersistenceContext
    EntityManager em;

    /** Every payment. */
    public List<PaymentRecord> all() {
        return em.createQuery(SELECT + ORDER, PaymentRecord.class).getResultList();
    }

    /** The payments of one ministry. */
    public List<PaymentRecord> ofMinistry(String ministryCode) {
        return em.createQuery(SELECT + "and d.ministryCode = :ministry" + ORDER, PaymentRecord.class)
                .setParameter("ministry", ministryCode).getResultList();
    }

    /** The payments of one call's awards. */
    public List<PaymentRecord> ofCall(long callId) {
        return em.createQuery(SELECT + "and a.callId = :call" + ORDER, PaymentRecord.class)
                .setParameter("call", callId).getResultList();
    }

    /** The payments of one award. */
    public List<PaymentRecord> ofAward(long awardId) {
        return em.createQuery(SELECT + "and a.id = :award" + ORDER, PaymentRecord.class)
                .setParameter("award", awardId).getResultList();
    }

    /** The payments of the named awards. */
    public List<PaymentRecord> ofAwards(java.util.Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SELECT + "and a.id in :awards" + ORDER, PaymentRecord.class)
                .setParameter("awards", awardIds).getResultList();
    }

    /** The payment of one disbursement, if it is paid. */
    public java.util.Optional<PaymentRecord> ofDisbursement(long disbursementId) {
        return em.createQuery(SELECT + "and d.id = :d" + ORDER, PaymentRecord.class)
                .setParameter("d", disbursementId).getResultList().stream().findFirst();
    }

    /** The payments whose value date falls in [from, to), e.g. a month's statement. */
    public List<PaymentRecord> withValueDate(LocalDate from, LocalDate toExclusive) {
        return em.createQuery(SELECT + "and p.valueDate >= :from and p.valueDate < :to" + ORDER, PaymentRecord.class)
                .setParameter("from", from).setParameter("to", toExclusive).getResultList();
    }
}
