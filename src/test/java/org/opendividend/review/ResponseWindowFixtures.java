package org.opendividend.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Moves a call's applicant response window into the past, as if its closing instant had passed since. */
@ApplicationScoped
@Transactional
public class ResponseWindowFixtures {

    @PersistenceContext
    EntityManager em;

    public void closeWindow(long callId) {
        em.createNativeQuery("update funding_call set response_closes_at = ?1 where id = ?2")
                .setParameter(1, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS))
                .setParameter(2, callId).executeUpdate();
    }
}
