package org.opendividend.platform.export;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.security.AccessDeniedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportDownloadTest {

    private static List<Path> temporaryExports() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("od-export-")).toList();
        }
    }

    @Test
    void aCompleteExportIsAFileToSend() throws Exception {
        Path file = ExportDownload.prepare(ExportFormat.CSV, "x.csv", out -> {
            try (SheetExport<ExportRow> sheet = SheetExport.begin(ExportFormat.CSV, out, "x", ExportRow.COLUMNS, Locale.ENGLISH)) {
                sheet.add(new ExportRow("客語語料", null, null, 1L));
                sheet.finish();
            }
        });
        try {
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).endsWith("客語語料,,,1\r\n"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void anExportThatFailsHalfWayLeavesNoFileAndAReferenceForThePage() throws Exception {
        List<Path> before = temporaryExports();
        ExportDownload.Failed failed = assertThrows(ExportDownload.Failed.class,
                () -> ExportDownload.prepare(ExportFormat.XLSX, "x.xlsx", out -> {
                    out.write(new byte[1000]);
                    throw new IllegalStateException("the database went away");
                }));
        assertEquals(8, failed.reference().length(), "a short reference to quote, logged with the cause");
        assertEquals(before, temporaryExports(), "nothing half-written is left or sent");
    }

    @Test
    void aRefusalIsNoFailureOfTheExportButARefusal() {
        assertThrows(AccessDeniedException.class, () -> ExportDownload.prepare(ExportFormat.CSV, "x.csv", out -> {
            throw new AccessDeniedException("denied.call.notFundingOfficer");
        }));
    }

    @Test
    void theFileIsNamedByTheListTheTimeInTaipeiAndTheFormat() {
        assertEquals("submissions-20270301-1000.xlsx",
                ExportDownload.fileName("submissions", Instant.parse("2027-03-01T02:00:00Z"), ExportFormat.XLSX));
    }
}
