package org.opendividend.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.review.entity.AssignmentCallLock;

/**
 * Serialises the assignment's actions on one call: {@link #lock(long)} holds the call's lock row until the caller's
 * transaction ends, so a second officer's run waits for the first and then reads its assignments.
 */
@ApplicationScoped
public class AssignmentCallLocks {

    /** The row of no call, whose lock guards the creation of the calls' rows (sql/migration V21). */
    static final long CREATION = 0L;

    @PersistenceContext
    EntityManager em;

    /**
     * Takes the call's lock in the current transaction, creating its row the first time. The creation happens under
     * the creation row's lock: a second request that found no row either waits there and then finds the first one's
     * (committed by then), or creates it alone; nobody inserts it twice, which would fail the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(long callId) {
        if (lockedRow(callId) != null) {
            return;
        }
        lockedRow(CREATION);
        if (lockedRow(callId) == null) {
            em.persist(new AssignmentCallLock(callId));
            em.flush();
        }
    }

    private AssignmentCallLock lockedRow(long callId) {
        return em.find(AssignmentCallLock.class, callId, LockModeType.PESSIMISTIC_WRITE);
    }
}
