package org.opendividend.calls.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.calls.entity.FundingCall;

import java.util.List;
import java.util.Optional;

/**
 * Reads what the database holds about a call, past every permission check of the facade: the tests compare it with
 * what the facade answered or refused, and find the audit entries the changes left.
 */
@ApplicationScoped
@Transactional
public class StoredCalls {

    @PersistenceContext
    EntityManager em;

    /** The call as committed, every collection loaded, or empty if there is none with this id. */
    public Optional<FundingCall> find(long id) {
        FundingCall call = em.find(FundingCall.class, id);
        if (call == null) {
            return Optional.empty();
        }
        call.shares();
        call.organisationTypes();
        call.focusAreas();
        call.targetLanguages();
        call.requiredAttachments();
        call.reviewSetup().criteria().forEach(c -> c.text());
        call.questions().forEach(q -> q.spec());
        call.outputPolicy().allowedLicences();
        call.extensions();
        call.authorship().editorSubjects();
        call.shareConsents();
        return Optional.of(call);
    }

    public FundingCall get(long id) {
        return find(id).orElseThrow(() -> new AssertionError("no call " + id + " in the database"));
    }

    /** How many calls the database holds, demo calls included. */
    public long count() {
        return em.createQuery("select count(c) from FundingCall c", Long.class).getSingleResult();
    }

    /** The subject of the person recorded as having published the call (the entity shows only the name). */
    public String publishedBySubject(long id) {
        return em.createQuery("select c.authorship.publishedBySubject from FundingCall c where c.id = :id", String.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The audit entries about a call, in the order of the chain. */
    public List<AuditRecord> auditOf(long id) {
        return em.createQuery("select e from AuditEntry e where e.objectType = 'Call' and e.objectId = :id order by e.seq",
                        AuditEntry.class)
                .setParameter("id", Long.toString(id))
                .getResultList().stream()
                .map(AuditEntry::record)
                .toList();
    }
}
