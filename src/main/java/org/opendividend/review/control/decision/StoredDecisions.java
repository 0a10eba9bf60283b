package org.opendividend.review.control.decision;

import jakarta.persistence.EntityManager;
import org.opendividend.review.entity.DecisionWorkflow;
import org.opendividend.review.entity.FundingDecision;

import java.util.Optional;

/** A call's stored funding decision (a call has at most one), read the one way its facade, offers and outcomes use. */
public final class StoredDecisions {

    private StoredDecisions() {
    }

    public static Optional<FundingDecision> ofCall(EntityManager em, long callId) {
        return em.createQuery("select d from FundingDecision d where d.callId = :call", FundingDecision.class)
                .setParameter("call", callId).getResultList().stream().findFirst();
    }

    /** The call's decision once it is taken (its table says so); empty before. */
    public static Optional<FundingDecision> takenOfCall(EntityManager em, long callId) {
        return ofCall(em, callId).filter(d -> DecisionWorkflow.state(d.status()).taken());
    }
}
