package org.opendividend.notifications.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.notifications.entity.OutboxMail;
import org.opendividend.platform.events.DomainEvent;

/**
 * The outbox as the Arquillian tests see it: fires a change in a transaction of its own (as a facade would) and reads
 * the rows the notifications component wrote, each time afresh from the database.
 */
@ApplicationScoped
@Transactional
public class StoredOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    /** Fires the change and commits, so that its mails are written and the sender is woken. */
    public void commit(TestNotice change) {
        events.fire(change);
    }

    /** Writes a mail straight into the outbox (for the tests of retries); its id. */
    public long add(OutboxMail mail) {
        em.persist(mail);
        em.flush();
        return mail.id();
    }

    /** The single mail filed under {@code about}, as stored now. */
    public OutboxMail mail(String about) {
        return em.createQuery("select m from OutboxMail m where m.about = :about", OutboxMail.class)
                .setParameter("about", about).getSingleResult();
    }

    public OutboxMail mail(long id) {
        return em.find(OutboxMail.class, id);
    }

    public long auditEntries(String objectType, String objectId, String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_entry where object_type = ? "
                        + "and object_id = ? and action = ?")
                .setParameter(1, objectType).setParameter(2, objectId).setParameter(3, action)
                .getSingleResult()).longValue();
    }
}
