package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.control.ReceiptPdf;
import org.opendividend.applications.control.ReceiptSummary;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.util.Locale;

/**
 * Receipts of submitted versions as PDF, for the members of the applying organisation and the officers of the
 * ministries funding the call: made from the version's frozen snapshot, so a receipt never shows later edits.
 */
@ApplicationScoped
@Transactional
public class ReceiptFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    OwnApplications ownApplications;

    @Inject
    MinistryFacade ministries;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallDirectory calls;

    public ReceiptSummary summary(long applicationId, int versionNumber, Locale locale) {
        Application application = em.find(Application.class, applicationId);
        if (application == null) {
            throw new NoSuchObjectException("Application", applicationId);
        }
        OrganisationView organisation = organisations.organisation(application.organisationId());
        CallView call = calls.call(application.callId());
        AttachmentPermissions.canRead(currentUser.caller(), organisation, call, application,
                ownApplications.competesIn(application.callId())).orThrow();
        SubmittedVersion version = em.createQuery("select v from SubmittedVersion v where v.applicationId = :id "
                        + "and v.number = :number", SubmittedVersion.class)
                .setParameter("id", applicationId).setParameter("number", versionNumber)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NoSuchObjectException("Submitted version", applicationId + "/" + versionNumber));
        boolean english = Languages.EN.getLanguage().equals(locale.getLanguage());
        String organisationName = english && !organisation.nameEn().isBlank() ? organisation.nameEn() : organisation.nameZhTw();
        return ReceiptSummary.of(ministries.programme(call.programmeCode()).map(p -> p.name(locale)).orElse(call.programmeCode()), call.title(locale),
                organisationName, version.receiptNumber(), version.number(), version.submittedAt(),
                version.submittedBy(), version.snapshotSha256(), version.snapshot());
    }

    public byte[] pdf(long applicationId, int versionNumber, Locale locale) {
        return ReceiptPdf.render(summary(applicationId, versionNumber, locale), locale);
    }
}
