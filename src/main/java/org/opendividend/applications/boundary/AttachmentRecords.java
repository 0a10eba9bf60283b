package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.opendividend.applications.entity.ApplicationChange;
import org.opendividend.applications.entity.ApplicationChanged;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.files.AttachmentFileName;
import org.opendividend.platform.files.AttachmentStore;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.Attachment;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The short transactions of an upload, around the long part that needs none: first whether the person may change
 * the application's attachments at all, then, once the file is stored, recording it in place of the previous one.
 * So no database connection waits for bytes on the network, which at a deadline would exhaust the pool.
 */
@ApplicationScoped
@Transactional
public class AttachmentRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    @Inject
    OrganisationDirectory organisations;

    /** Refuses (before any byte is read) when the person may not change the application's attachments. */
    public void requireChangeable(Caller caller, long applicationId) {
        Application application = application(applicationId, LockModeType.NONE);
        AttachmentPermissions.canChange(caller, organisation(application), application, clock.instant()).orThrow();
    }

    /**
     * Records a stored file as the application's attachment of a type, replacing the previous one, after checking
     * again under the application's lock (its state may have changed while the file arrived).
     *
     * @return the new attachment and the files of the replaced ones that nothing refers to any more
     */
    public Recorded replace(Caller caller, long applicationId, AttachmentType type, String originalName,
                            AttachmentStore.Stored stored) {
        Application application = application(applicationId, LockModeType.PESSIMISTIC_WRITE);
        AttachmentPermissions.canChange(caller, organisation(application), application, clock.instant()).orThrow();
        List<Attachment> previous = em.createQuery("select a from Attachment a where a.applicationId = :id and a.type = :type",
                Attachment.class).setParameter("id", applicationId).setParameter("type", type).getResultList();
        previous.forEach(em::remove);
        em.flush();
        Attachment attachment = new Attachment(applicationId, type, AttachmentFileName.sanitise(originalName),
                stored.sizeBytes(), stored.sha256(), stored.storageKey(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), caller.subject());
        em.persist(attachment);
        em.flush();
        events.fire(new ApplicationChanged(caller.actor(), applicationId,
                previous.isEmpty() ? ApplicationChange.ATTACHMENT_UPLOADED : ApplicationChange.ATTACHMENT_REPLACED, describe(attachment)));
        return new Recorded(attachment, previous.stream().map(Attachment::storageKey).distinct().filter(this::unreferenced).toList());
    }

    /** An attachment as the audit log names it: type, file name, size and the SHA-256 that identifies its content. */
    static String describe(Attachment attachment) {
        return attachment.type() + " " + attachment.fileName() + " (" + attachment.sizeBytes() + " bytes, SHA-256 "
                + attachment.sha256() + ")";
    }

    /** A new attachment and the storage keys of files no attachment and no submitted version needs any more. */
    public record Recorded(Attachment attachment, List<String> releasedKeys) {
    }

    /** Whether neither an attachment nor a submitted version needs the file any more (two indexed lookups). */
    public boolean unreferenced(String storageKey) {
        long attachments = em.createQuery("select count(a) from Attachment a where a.storageKey = :key", Long.class)
                .setParameter("key", storageKey).getSingleResult();
        long versions = em.createQuery("select count(f) from SubmittedFile f where f.storageKey = :key", Long.class)
                .setParameter("key", storageKey).getSingleResult();
        return attachments == 0 && versions == 0;
    }

    /** The application, locked as asked; joins the caller's transaction when there is one. */
    Application application(long id, LockModeType lock) {
        Application application = em.find(Application.class, id, lock);
        if (application == null) {
            throw new NoSuchObjectException("Application", id);
        }
        return application;
    }

    OrganisationView organisation(Application application) {
        return organisations.organisation(application.organisationId());
    }
}
