package org.opendividend.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.audit.entity.AuditChainHead;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.audit.entity.AuditRecord;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Appends to the audit chain and verifies it. */
@ApplicationScoped
public class AuditChain {

    static final int VERIFY_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditCheckpoints checkpoints;

    /** Appends in the caller's transaction: if the state change rolls back, so does its audit entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(AuditRecord record) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = head.append(record);
        em.persist(entry);
        return entry;
    }

    /**
     * Appends in a transaction of its own, for what is recorded although nothing changed (a refused access): the
     * refusal's request has no transaction, or one that is rolled back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry appendAlone(AuditRecord record) {
        return append(record);
    }

    /**
     * Recomputes every hash, batch by batch in sequence order, up to the end recorded when the verification began,
     * and compares the end with that record. Entries appended meanwhile (after that end) are left to the next
     * verification: walking them against the old end reported a false break while people were working. An entry
     * numbered past the recorded end that no commit made the end was written around the log, and is reported. Every
     * signed checkpoint is compared with the entry it names ({@link AuditCheckpoints}).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ChainVerification verify() {
        // the checkpoints before the end: every one then names an entry at or before the end read next
        List<CheckedCheckpoint> checkpointsSigned = checkpoints.read();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long end = head.lastSeq();
        String endHash = head.lastHash();
        ChainVerifier verifier = new ChainVerifier();
        verifier.expect(checkpointsSigned);
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = em.createQuery("select e from AuditEntry e where e.seq > :after and e.seq <= :end order by e.seq",
                            AuditEntry.class)
                    .setParameter("after", after)
                    .setParameter("end", end)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            batch.forEach(verifier::accept);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).seq();
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        // the highest number and the end in one statement, so from one snapshot: an append moves both in one commit,
        // so only an entry no append accounts for lies beyond the end (two statements once saw an append's entry and
        // not yet the end it moved, a false break while people worked)
        Object[] ends = em.createQuery("select h.lastSeq, (select max(e.seq) from AuditEntry e) from AuditChainHead h"
                + " where h.id = :head", Object[].class).setParameter("head", AuditChainHead.ID).getSingleResult();
        long endNow = (Long) ends[0];
        Long highest = (Long) ends[1];
        if (highest != null && highest > endNow) {
            verifier.beyondTheEnd(highest, endNow);
        }
        return verifier.finish(end, endHash, clock.instant());
    }

    /**
     * Hands every entry to {@code sink}, the latest first, batch by batch: those appended meanwhile come after the
     * first batch's start and are left out, so the export is the log as it was when it began.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public long each(Consumer<AuditEntry> sink) {
        long count = 0;
        long before = Long.MAX_VALUE;
        List<AuditEntry> batch;
        do {
            batch = em.createQuery("select e from AuditEntry e where e.seq < :before order by e.seq desc", AuditEntry.class)
                    .setParameter("before", before)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            batch.forEach(sink);
            count += batch.size();
            if (!batch.isEmpty()) {
                before = batch.get(batch.size() - 1).seq();
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        return count;
    }

    // in a transaction of its own when called outside one: a query outside any transaction ran on a throwaway
    // entity manager that Payara had at times already closed ("Session/EntityManager is closed", seen in ApplicationsIT)
    @Transactional(Transactional.TxType.REQUIRED)
    public long count() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<AuditEntry> latest(int max) {
        return em.createQuery("select e from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }
}
