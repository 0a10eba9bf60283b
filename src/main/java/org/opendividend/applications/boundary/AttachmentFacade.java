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
import org.opendividend.platform.files.AttachmentStore;
import org.opendividend.platform.files.FileStorage;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.Attachment;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationPermissions;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.persistence.AcknowledgedWhenDurable;
import org.opendividend.platform.persistence.AfterCommit;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Attachments of applications: PDFs only (checked by content), at most {@code opendividend.files.max-bytes} (20 MB by
 * default), stored in {@code opendividend.files.dir} under their SHA-256, one per type per working copy. A new upload
 * of a type replaces the previous one; the replaced file is deleted only when no other attachment and no submitted
 * version refers to it and nobody stored the same content meanwhile ({@link AttachmentStore#deleteIfUntouched}; what
 * is left then goes with {@link AttachmentSweep}). A refused upload changes nothing.
 */
@ApplicationScoped
@Transactional
public class AttachmentFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    FileStorage storage;

    @Inject
    AttachmentRecords records;

    @Inject
    AfterCommit afterCommit;

    @Inject
    OwnApplications ownApplications;

    @Inject
    CallDirectory calls;

    @Inject
    Event<DomainEvent> events;

    /** A stored file with its record, for downloads. */
    public record Download(Attachment attachment, Path file) {
    }

    /** The attachments' files: the shared file store's folder itself. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    AttachmentStore store() {
        return storage.store();
    }

    public long maxBytes() {
        return store().maxBytes();
    }

    /**
     * The working copy's attachments, for the members of the organisation; for the officers who screen it, those of
     * them that a submission holds (a file uploaded after the last submission is not yet before the fund).
     */
    public List<Attachment> list(long applicationId) {
        Application application = application(applicationId);
        return attachments(applicationId).stream().filter(readable(application)).toList();
    }

    /** The attachments for screening: officers of a ministry funding the call only, and only what was submitted. */
    public List<Attachment> forScreening(long applicationId) {
        Application application = application(applicationId);
        AttachmentPermissions.canScreen(currentUser.caller(), call(application), application,
                ownApplications.competesIn(application.callId())).orThrow();
        return attachments(applicationId).stream().filter(submitted(applicationId)).toList();
    }

    /**
     * The files the application's submitted versions hold, as read records, without a permission check: for the
     * review component, which lets a reviewer read them by their assignment before it asks.
     */
    public List<SubmittedFileView> submittedFiles(long applicationId) {
        return attachments(applicationId).stream().filter(submitted(applicationId)).map(SubmittedFileView::of).toList();
    }

    /**
     * One of those files for download, without a permission check (the review component checks the assignment
     * first); an attachment of another application or one no submission holds is not found.
     */
    public Download submittedDownload(long applicationId, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.applicationId() != applicationId
                || !submitted(applicationId).test(attachment) || !store().exists(attachment.storageKey())) {
            throw new NoSuchObjectException("Attachment", attachmentId);
        }
        return new Download(attachment, store().path(attachment.storageKey()));
    }

    /**
     * The attachment types present, without a permission check: for the application facade's submission check,
     * which has checked the person already.
     */
    public Set<AttachmentType> typesOf(long applicationId) {
        return typesAmong(attachments(applicationId));
    }

    /** The attachment types present among attachments read already (the submission reads them once for both uses). */
    static Set<AttachmentType> typesAmong(List<Attachment> attachments) {
        Set<AttachmentType> types = EnumSet.noneOf(AttachmentType.class);
        attachments.forEach(a -> types.add(a.type()));
        return types;
    }

    /** The attachments without a permission check, for the snapshot a submission freezes. */
    public List<Attachment> attachmentsOf(long applicationId) {
        return attachments(applicationId);
    }

    /**
     * Stores an upload as the application's attachment of a type, replacing the previous one. Refused (nothing kept)
     * when it is not a PDF, too large, or the person may not change the application. The bytes are stored without a
     * transaction; only the checks before and the record after take one (see {@link AttachmentRecords}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @AcknowledgedWhenDurable
    public Attachment upload(long applicationId, AttachmentType type, String originalName, InputStream content) {
        if (type == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("type", "validation.required")));
        }
        Caller caller = currentUser.caller();
        records.requireChangeable(caller, applicationId);
        AttachmentStore.Stored stored = store().store(content);
        AttachmentRecords.Recorded recorded;
        try {
            recorded = records.replace(caller, applicationId, type, originalName, stored);
        } catch (RuntimeException refused) {
            if (records.unreferenced(stored.storageKey())) {
                store().deleteIfUntouched(stored.storageKey());
            }
            throw refused;
        }
        recorded.releasedKeys().forEach(store()::deleteIfUntouched);
        return recorded.attachment();
    }

    public void delete(long applicationId, long attachmentId) {
        Application application = records.application(applicationId, LockModeType.PESSIMISTIC_WRITE);
        AttachmentPermissions.canChange(currentUser.caller(), organisation(application), application, clock.instant()).orThrow();
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.applicationId() != applicationId) {
            throw new NoSuchObjectException("Attachment", attachmentId);
        }
        em.remove(attachment);
        em.flush();
        events.fire(new ApplicationChanged(currentUser.caller().actor(), applicationId, ApplicationChange.ATTACHMENT_DELETED,
                AttachmentRecords.describe(attachment)));
        if (records.unreferenced(attachment.storageKey())) {
            String key = attachment.storageKey();
            afterCommit.run("deleting the released file " + key, () -> store().deleteIfUntouched(key));
        }
    }

    /** An attachment's file, for the members and the officers who screen the application. */
    public Download download(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NoSuchObjectException("Attachment", attachmentId);
        }
        Application application = application(attachment.applicationId());
        if (!readable(application).test(attachment)) {
            throw new AccessDeniedException("attachment.denied.notSubmitted");
        }
        if (!store().exists(attachment.storageKey())) {
            throw new NoSuchObjectException("Attachment file", attachmentId);
        }
        return new Download(attachment, store().path(attachment.storageKey()));
    }

    /**
     * Which of the application's files the person may read: all of the working copy for its organisation's members;
     * for an officer who screens it, those a submission holds; refused to anyone else, with the reason.
     */
    private Predicate<Attachment> readable(Application application) {
        Caller caller = currentUser.caller();
        OrganisationView organisation = organisation(application);
        AttachmentPermissions.canRead(caller, organisation, call(application), application,
                ownApplications.competesIn(application.callId())).orThrow();
        return OrganisationPermissions.canReadApplicationsOf(caller, organisation).allowed() ? a -> true
                : submitted(application.id());
    }

    /** The files the application's submitted versions hold. */
    private Predicate<Attachment> submitted(long applicationId) {
        Set<String> keys = Set.copyOf(em.createQuery("select f.storageKey from SubmittedFile f, SubmittedVersion v "
                        + "where f.versionId = v.id and v.applicationId = :id", String.class)
                .setParameter("id", applicationId).getResultList());
        return a -> keys.contains(a.storageKey());
    }

    private List<Attachment> attachments(long applicationId) {
        return em.createQuery("select a from Attachment a where a.applicationId = :id", Attachment.class)
                .setParameter("id", applicationId).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Attachment::type)).collect(Collectors.toList());
    }

    private Application application(long id) {
        return records.application(id, LockModeType.NONE);
    }

    private OrganisationView organisation(Application application) {
        return records.organisation(application);
    }

    private CallView call(Application application) {
        return calls.call(application.callId());
    }
}
