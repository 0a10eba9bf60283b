package org.opendividend.awards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;

/** What the disbursement tests change or count behind the facade's back: a tranche's due date, the payment rows. */
@ApplicationScoped
@Transactional
public class DisbursementFixtures {

    @PersistenceContext
    EntityManager em;

    /** Tranche {@code position} (from 0) of the award falls due today in Asia/Taipei, as if the project had started. */
    public void dueToday(long awardId, int position) {
        em.createNativeQuery("update award_tranche set due_date = ?1 where award_id = ?2 and position = ?3")
                .setParameter(1, LocalDate.now(ZoneId.of("Asia/Taipei"))).setParameter(2, awardId)
                .setParameter(3, position).executeUpdate();
    }

    /** The payment rows of one disbursement, counted in the table itself. */
    public long paymentRows(long disbursementId) {
        return ((Number) em.createNativeQuery("select count(*) from disbursement_payment where disbursement_id = ?1")
                .setParameter(1, disbursementId).getSingleResult()).longValue();
    }
}
