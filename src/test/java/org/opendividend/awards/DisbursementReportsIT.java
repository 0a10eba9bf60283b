package org.opendividend.awards;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.arquillian.Deployments;
import org.opendividend.awards.boundary.disbursement.DisbursementFacade;
import org.opendividend.awards.boundary.disbursement.DisbursementView;
import org.opendividend.awards.boundary.disbursement.ReportFiles;
import org.opendividend.awards.entity.disbursement.ReportFile;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.review.AssignmentFixtures;
import org.opendividend.review.RankedCalls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tranche report's PDF in Payara Micro against the migrated database (issue #12): required for the request, refused
 * when it is not a PDF, empty or too large (with the attachments' messages), named by every share of the tranche,
 * read by the grantee's organisation and the share's ministry's officers, approvers and finance users only, and
 * replaced when a returned share is requested again. The download's HTTP answers: {@code DisbursementJourneyIT}.
 */
@ExtendWith(ArquillianExtension.class)
public class DisbursementReportsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.awards("disbursement-reports-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class, RankedCalls.class,
                        DisbursementFixtures.class, AcceptedAwards.class, AcceptedAwards.Decided.class);
    }

    private static final Caller FINANCE_MOC = CallFixtures.caller("sub-finance-moc", EnumSet.of(Role.FINANCE), "moc");
    private static final Caller FINANCE_NSTC = CallFixtures.caller("sub-finance-nstc", EnumSet.of(Role.FINANCE), "nstc");

    @Inject
    DisbursementFacade disbursements;

    @Inject
    ReportFiles reportFiles;

    @Inject
    DisbursementFixtures disbursementFixtures;

    @Inject
    AcceptedAwards awardsMade;

    @Inject
    ActingAs acting;

    private static List<String> problems(Executable step) {
        return assertThrows(InvalidInputException.class, step).problems().stream().map(FieldProblem::messageKey)
                .toList();
    }

    private static DisbursementView share(List<DisbursementView> shares, String ministry) {
        return shares.stream().filter(s -> s.ministryCode().equals(ministry)).findFirst().orElseThrow();
    }

    @Test
    void theReportNeedsAPdfWithinTheLimitsAndOnlyThePeopleOfTheShareReadIt() throws IOException {
        // an award of 6,000,000 TWD, moc 6 : moda 4, accepted by its owner
        AcceptedAwards.Decided call = awardsMade.rankedCall(6_000_000, 4_000_000, 6_000_000);
        awardsMade.decide(call, 6_000_000);
        long awardId = awardsMade.accepted(call).id();
        Caller grantee = call.fundedOwner();
        disbursementFixtures.dueToday(awardId, 0);
        acting.as(grantee);
        assertEquals(List.of("disbursement.problem.pdfRequired"),
                problems(() -> disbursements.request(awardId, 0, "progress", BigDecimal.ZERO, null)));
        assertEquals(List.of("attachment.problem.notPdf"), problems(() -> reportFiles.upload(awardId, "report.docx",
                new ByteArrayInputStream("PK\u0003\u0004 a word file".getBytes(UTF_8)))));
        assertEquals(List.of("attachment.problem.notPdf"),
                problems(() -> reportFiles.upload(awardId, "empty.pdf", new ByteArrayInputStream(new byte[0]))));
        assertEquals(List.of("attachment.problem.tooLarge"), problems(() -> reportFiles.upload(awardId, "huge.pdf",
                DisbursementFixtures.pdfOf(reportFiles.maxBytes() + 1))));
        ReportFile pdf = disbursementFixtures.pdf(awardId, "../..\\第一期\u202e報告.pdf", "the first report");
        assertEquals("第一期報告.pdf", pdf.fileName(), "the name kept safe, as for attachments");
        List<DisbursementView> shares = disbursements.request(awardId, 0, "語料蒐集完成三成。", BigDecimal.ZERO, pdf);
        assertTrue(shares.stream().allMatch(s -> pdf.equals(s.reportPdf())), "every share names the PDF");
        DisbursementView moc = share(shares, "moc");
        DisbursementView moda = share(shares, "moda");
        // the grantee's organisation, and the officers, approvers and finance users of the share's ministry
        for (Caller reader : List.of(grantee, CallFixtures.officerOfMoc(), CallFixtures.approverOfMoc(),
                FINANCE_MOC)) {
            acting.as(reader);
            assertArrayEquals(DisbursementFixtures.pdfBytes("the first report"),
                    Files.readAllBytes(reportFiles.download(moc.id()).path()), reader.subject());
        }
        // everyone else: another ministry's staff, another organisation, another role; an unknown share
        for (Caller stranger : List.of(CallFixtures.officerOfModa(), CallFixtures.officerOfNstc(), FINANCE_NSTC,
                CallFixtures.fundAdmin(), CallFixtures.caller("s-" + UUID.randomUUID(), Set.of(Role.APPLICANT)),
                CallFixtures.caller("r-" + UUID.randomUUID(), Set.of(Role.REVIEWER)))) {
            acting.as(stranger);
            assertEquals("denied.disbursement.notYours",
                    assertThrows(AccessDeniedException.class, () -> reportFiles.download(moc.id())).reasonKey());
        }
        assertThrows(NoSuchObjectException.class, () -> reportFiles.download(-moc.id()));
        assertEquals("denied.disbursement.notGrantee", assertThrows(AccessDeniedException.class,
                () -> disbursementFixtures.pdf(awardId, "mine.pdf", "not theirs")).reasonKey());
        // returned: the grantee replaces the PDF when requesting again; moda's share keeps the one it was sent
        acting.as(CallFixtures.officerOfMoc());
        disbursements.returnToGrantee(moc.id(), "請附上含支出明細的報告。", moc.version());
        acting.as(grantee);
        ReportFile second = disbursementFixtures.pdf(awardId, "第一期報告-修正.pdf", "the corrected report");
        assertEquals(List.of(second), disbursements.request(awardId, 0, "已補上明細。", BigDecimal.ZERO, second).stream()
                .map(DisbursementView::reportPdf).toList());
        assertArrayEquals(DisbursementFixtures.pdfBytes("the corrected report"),
                Files.readAllBytes(reportFiles.download(moc.id()).path()));
        acting.as(CallFixtures.officerOfModa());
        assertEquals(pdf, reportFiles.download(moda.id()).file());
    }
}
