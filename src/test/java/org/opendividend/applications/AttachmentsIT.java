package org.opendividend.applications;

import org.opendividend.calls.boundary.CallView;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.boundary.AttachmentFacade;
import org.opendividend.platform.files.AttachmentStore;
import org.opendividend.applications.boundary.ReceiptFacade;
import org.opendividend.applications.control.ApplicationChecks;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.Attachment;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.arquillian.Deployments;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.security.Sha256;
import org.opendividend.platform.validation.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attachments in Payara Micro against the migrated database: stored outside it under their SHA-256 with the name
 * sanitised, a fake PDF refused with nothing changed, a new upload of a type replacing the old, outsiders refused,
 * officers of the funding ministry reading for screening, and the receipt PDF of a submitted version.
 */
@ExtendWith(ArquillianExtension.class)
public class AttachmentsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.applications("attachments-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, ApplicationTestContent.class, OpenCalls.class)
                .addAsLibraries(Maven.configureResolver().workOffline()
                        .loadPomFromFile(Deployments.baseDir().resolve("pom.xml").toFile())
                        .resolve("com.github.librepdf:openpdf").withTransitivity().asFile());
    }

    @Inject
    AttachmentFacade attachments;

    @Inject
    ReceiptFacade receipts;

    @Inject
    org.opendividend.audit.boundary.AuditFacade audit;

    @Inject
    org.opendividend.applications.boundary.AttachmentSweep sweep;

    @Inject
    ApplicationFacade applications;

    @Inject
    CallFacade calls;

    @Inject
    OrganisationFacade organisations;

    @Inject
    ActingAs acting;

    @Inject
    OpenCalls openCalls;

    static byte[] pdf(String marker) {
        return ("%PDF-1.7\n% " + marker + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private Application draftOf(Caller owner, FundingCall call) {
        acting.as(owner);
        Organisation organisation = organisations.create(new OrganisationDetails("附件測試 " + owner.subject().substring(0, 6),
                "Attachment test", OrganisationType.NON_PROFIT, "04595257", "台北市", null));
        return applications.start(call.id(), organisation.id());
    }

    @Test
    void aPdfIsStoredUnderItsHashAFakeIsRefusedAndANewUploadReplacesTheOld() throws Exception {
        FundingCall call = openCalls.open(Duration.ofDays(30), true);
        Caller owner = CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT));
        Application draft = draftOf(owner, call);

        byte[] first = pdf("first " + UUID.randomUUID());
        Attachment stored = attachments.upload(draft.id(), AttachmentType.PROJECT_PLAN, "..\\..\\計畫書\u0007<b>.pdf",
                new ByteArrayInputStream(first));
        assertEquals("計畫書<b>.pdf", stored.fileName());
        assertEquals(Sha256.hex(first), stored.sha256());
        assertEquals(first.length, stored.sizeBytes());
        AttachmentFacade.Download download = attachments.download(stored.id());
        assertArrayEquals(first, Files.readAllBytes(download.file()));
        assertEquals(stored.sha256(), download.file().getFileName().toString(), "stored under its hash, not its name");

        var refused = assertThrows(InvalidInputException.class, () -> attachments.upload(draft.id(),
                AttachmentType.PROJECT_PLAN, "plan.pdf", new ByteArrayInputStream("text".getBytes(StandardCharsets.UTF_8))));
        assertEquals("attachment.problem.notPdf", refused.problems().get(0).messageKey());
        assertEquals(List.of(stored.sha256()), attachments.list(draft.id()).stream().map(Attachment::sha256).toList(),
                "a refused upload loses nothing");

        byte[] second = pdf("second " + UUID.randomUUID());
        Attachment replacing = attachments.upload(draft.id(), AttachmentType.PROJECT_PLAN, "plan-v2.pdf",
                new ByteArrayInputStream(second));
        assertEquals(List.of(replacing.sha256()), attachments.list(draft.id()).stream().map(Attachment::sha256).toList());
        assertTrue(Files.exists(download.file()), "released, but kept while an upload of the same content may be on its way");
        Files.setLastModifiedTime(download.file(), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AttachmentStore.RELEASE_GRACE).minusSeconds(60)));
        assertTrue(sweep.sweep() >= 1);
        assertFalse(Files.exists(download.file()), "no version refers to the replaced file, so the sweep took it");
        assertTrue(Files.exists(attachments.download(replacing.id()).file()), "the file in use stays");

        var missing = ApplicationChecks.attachmentProblems(CallView.of(call), attachments.typesOf(draft.id()));
        assertEquals(call.requiredAttachments().size() - 1, missing.size());

        acting.as(CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT)));
        assertThrows(AccessDeniedException.class, () -> attachments.list(draft.id()));
        assertThrows(AccessDeniedException.class, () -> attachments.download(replacing.id()));
        assertThrows(AccessDeniedException.class, () -> attachments.upload(draft.id(), AttachmentType.TEAM_CVS, "x.pdf",
                new ByteArrayInputStream(pdf("outsider"))));
        assertThrows(AccessDeniedException.class, () -> attachments.forScreening(draft.id()));

        acting.as(CallFixtures.officerOfMoc());
        var notSubmitted = assertThrows(AccessDeniedException.class, () -> attachments.forScreening(draft.id()));
        assertTrue(notSubmitted.getMessage().contains("attachment.denied.notSubmitted"),
                "even the funding ministry's officer reads no draft: " + notSubmitted.getMessage());

        // every upload, replacement and deletion of a file is in the audit log, with the content's SHA-256
        acting.as(owner);
        attachments.delete(draft.id(), replacing.id());
        acting.as(CallFixtures.fundAdmin());
        List<String> logged = audit.latest(500).stream()
                .filter(e -> e.objectType().equals("Application") && e.objectId().equals(Long.toString(draft.id())))
                .map(e -> e.action() + " " + e.summary()).toList();
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("ATTACHMENT_DELETED PROJECT_PLAN plan-v2.pdf")
                && l.contains(replacing.sha256())), logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("ATTACHMENT_REPLACED PROJECT_PLAN plan-v2.pdf")), logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("ATTACHMENT_UPLOADED PROJECT_PLAN 計畫書<b>.pdf")
                && l.contains(stored.sha256())), logged.toString());
        assertEquals(3, logged.stream().filter(l -> l.startsWith("ATTACHMENT_")).count(),
                "a refused upload is not logged as an attachment: " + logged);
    }

    @Test
    void theReceiptOfASubmittedVersionIsAPdfWithItsNumber() throws Exception {
        FundingCall call = openCalls.open(Duration.ofDays(30), true);
        Caller owner = CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT));
        Application draft = draftOf(owner, call);
        for (AttachmentType type : call.requiredAttachments()) {
            attachments.upload(draft.id(), type, type.name() + ".pdf", new ByteArrayInputStream(pdf(type.name())));
        }
        Application saved = applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call));
        SubmittedVersion version = applications.submit(saved.id(), saved.version());

        byte[] pdf = receipts.pdf(saved.id(), version.number(), Locale.TAIWAN);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains(version.receiptNumber()), text);
        // the 64 hex digits may wrap onto the next line of the page
        assertTrue(text.replaceAll("\\s", "").contains(version.snapshotSha256()), text);

        Attachment submittedPlan = attachments.list(saved.id()).stream()
                .filter(a -> a.type() == AttachmentType.PROJECT_PLAN).findFirst().orElseThrow();
        java.nio.file.Path submittedFile = attachments.download(submittedPlan.id()).file();
        attachments.upload(saved.id(), AttachmentType.PROJECT_PLAN, "plan-v2.pdf", new ByteArrayInputStream(pdf("v2")));
        assertTrue(Files.exists(submittedFile), "the submitted version still needs the replaced plan, so it is kept");
        assertTrue(version.snapshot().contains(submittedPlan.sha256()));

        acting.as(CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT)));
        assertThrows(AccessDeniedException.class, () -> receipts.pdf(saved.id(), version.number(), Locale.TAIWAN));
    }
}
