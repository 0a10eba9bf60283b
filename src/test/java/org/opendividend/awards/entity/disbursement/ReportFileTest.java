package org.opendividend.awards.entity.disbursement;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A request names its report's PDF; a request again keeps it unless a new one is sent. */
class ReportFileTest {

    private static final Instant NOW = Instant.parse("2027-07-02T02:00:00Z");
    private static final ReportFile FIRST = new ReportFile("a".repeat(64), "報告.pdf", 1234);
    private static final ReportFile SECOND = new ReportFile("b".repeat(64), "報告-修正.pdf", 2345);

    @Test
    void aRequestNamesItsPdfAndARequestAgainKeepsOrReplacesIt() {
        Disbursement d = Disbursement.request(42, 0, "moc", 100_000, new Disbursement.Report("done", 0, FIRST),
                "grantee", NOW);
        assertEquals(Optional.of(FIRST), d.reportFile());
        d.returnToGrantee("officer", DisbursementWorkflow.Who.OFFICER, "add the figures", NOW);
        d.requestAgain(new Disbursement.Report("with figures", 10), "grantee", NOW);
        assertEquals(Optional.of(FIRST), d.reportFile(), "no new PDF: the one sent stays");
        d.returnToGrantee("officer2", DisbursementWorkflow.Who.OFFICER, "again", NOW);
        d.requestAgain(new Disbursement.Report("corrected", 10, SECOND), "grantee", NOW);
        assertEquals(Optional.of(SECOND), d.reportFile());
    }

    @Test
    void aRequestFromBeforePdfsHasNone() {
        Disbursement d = Disbursement.request(42, 0, "moc", 100_000, new Disbursement.Report("done", 0), "g", NOW);
        assertEquals(Optional.empty(), d.reportFile());
    }

    @Test
    void aFileIsNamedByAHexSha256HasANameAndIsNotEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new ReportFile("A".repeat(64), "r.pdf", 1));
        assertThrows(IllegalArgumentException.class, () -> new ReportFile("a".repeat(63), "r.pdf", 1));
        assertThrows(IllegalArgumentException.class, () -> new ReportFile("a".repeat(64), " ", 1));
        assertThrows(IllegalArgumentException.class, () -> new ReportFile("a".repeat(64), "x".repeat(201), 1));
        assertThrows(IllegalArgumentException.class, () -> new ReportFile("a".repeat(64), "r.pdf", 0));
        assertThrows(NullPointerException.class, () -> new ReportFile("a".repeat(64), null, 1));
    }
}
