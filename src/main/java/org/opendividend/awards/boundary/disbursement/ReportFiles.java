package org.opendividend.awards.boundary.disbursement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.ReportFile;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.files.AttachmentFileName;
import org.opendividend.platform.files.AttachmentStore;
import org.opendividend.platform.files.FileStorage;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.persistence.AfterCommit;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * The PDFs of tranche reports, in the file store's area {@value #AREA}: the same checks, limits and durable writes as
 * the applications' attachments. The grantee's file is stored when it is chosen (before the request is sent, so that
 * what is typed in the report stays on the page whatever happens to the file) and recorded by the request; a file no
 * request names is deleted after the request that replaced it commits, or by {@link ReportSweep}.
 */
@ApplicationScoped
@Transactional
public class ReportFiles {

    static final String AREA = "disbursement-reports";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    FileStorage storage;

    @Inject
    AfterCommit afterCommit;

    private AttachmentStore store;

    @PostConstruct
    void open() {
        store = storage.area(AREA);
    }

    /** A report's PDF for download, with its file on disk. */
    public record Download(ReportFile file, Path path) {
    }

    /**
     * Stores the PDF the grantee chose for a request of the award's tranche. Refused before a byte is read to anyone
     * who may not request the award's tranches; refused (nothing kept) when it is not a PDF, empty or too large, with
     * the attachments' translated messages. Recorded by nothing yet: the request names it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ReportFile upload(long awardId, String originalName, InputStream content) {
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw new NoSuchObjectException("Award", awardId);
        }
        DisbursementPermissions.canRequest(currentUser.caller(), organisations.organisation(award.organisationId()))
                .orThrow();
        AttachmentStore.Stored stored = store.store(content);
        return new ReportFile(stored.sha256(), AttachmentFileName.sanitise(originalName), stored.sizeBytes());
    }

    /**
     * Keeps a chosen file from any release or sweep for the grace period, as the request that names it is recorded.
     *
     * @return whether the file is still there (a page left open for very long may have lost it to the sweep)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean keep(ReportFile file) {
        return store.touch(AttachmentStore.keyOf(file.sha256()));
    }

    /**
     * A share's report PDF: for its organisation's members and the officers, approvers and finance users of the
     * ministry that pays the share (403 for anyone else); 404 for an unknown share or one without a PDF.
     */
    public Download download(long disbursementId) {
        Disbursement d = em.find(Disbursement.class, disbursementId);
        if (d == null) {
            throw new NoSuchObjectException("Disbursement", disbursementId);
        }
        Award award = em.find(Award.class, d.awardId());
        OrganisationView organisation = organisations.organisation(award.organisationId());
        DisbursementPermissions.canReadReport(currentUser.caller(), organisation, d).orThrow();
        ReportFile file = d.reportFile().orElseThrow(() -> new NoSuchObjectException("Report file", disbursementId));
        String key = AttachmentStore.keyOf(file.sha256());
        if (!store.exists(key)) {
            throw new NoSuchObjectException("Report file", disbursementId);
        }
        return new Download(file, store.path(key));
    }

    /** Deletes a replaced file once the replacing request has committed, if no request names it any more. */
    void released(String sha256) {
        em.flush();
        if (named(sha256) == 0) {
            afterCommit.run("deleting the replaced report file " + sha256,
                    () -> store.deleteIfUntouched(AttachmentStore.keyOf(sha256)));
        }
    }

    /** Whether no request names the file stored under this key: the sweep's question. */
    public boolean unreferenced(String storageKey) {
        return named(storageKey.substring(storageKey.indexOf('/') + 1)) == 0;
    }

    /** The largest PDF, in bytes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxBytes() {
        return store.maxBytes();
    }

    AttachmentStore store() {
        return store;
    }

    private long named(String sha256) {
        return em.createQuery("select count(d) from Disbursement d where d.reportSha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult();
    }
}
