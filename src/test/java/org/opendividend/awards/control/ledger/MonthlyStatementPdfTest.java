package org.opendividend.awards.control.ledger;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.opendividend.awards.control.AgreementFont;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthlyStatementPdfTest {

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void theStatementListsTheCallsTheMonthsPaymentsAndTheirTotalInBothLanguages() throws IOException {
        MonthlyStatement statement = new MonthlyStatement("文化部", "Ministry of Culture", YearMonth.of(2026, 11),
                Instant.parse("2026-12-01T02:00:00Z"),
                List.of(new MonthlyStatement.CallLine(1006, "臺灣語言開放模型", "Open models", 6_000_000, 2_600_000,
                        1_640_000, 1_000_000)),
                List.of(new MonthlyStatement.PaymentLine(LocalDate.of(2026, 11, 3), "1006-1", 1, "MOC-2026-0001", 640_000),
                        new MonthlyStatement.PaymentLine(LocalDate.of(2026, 11, 20), "1006-2", 2, "MOC-2026-0002",
                                360_000)));
        assertEquals(1_000_000, statement.paidInMonth());
        assertEquals(3_400_000, statement.calls().get(0).remaining());
        assertEquals(960_000, statement.calls().get(0).unpaid());

        String all = text(MonthlyStatementPdf.render(statement, AgreementFont.bundled()));

        for (String expected : List.of("月報表", "Monthly statement", "文化部", "Ministry of Culture", "2026-11",
                "2026-12-01 10:00", "臺灣語言開放模型", "NT$ 6,000,000", "NT$ 2,600,000", "NT$ 1,640,000",
                "NT$ 3,400,000", "NT$ 960,000", "MOC-2026-0001", "MOC-2026-0002", "2026-11-20", "NT$ 360,000",
                "NT$ 1,000,000")) {
            assertTrue(all.contains(expected), () -> expected + " in:\n" + all);
        }
    }

    @Test
    void aMonthWithoutPaymentsSaysSo() throws IOException {
        MonthlyStatement statement = new MonthlyStatement("數位發展部", "Ministry of Digital Affairs",
                YearMonth.of(2026, 10), Instant.parse("2026-12-01T02:00:00Z"), List.of(), List.of());

        String all = text(MonthlyStatementPdf.render(statement, AgreementFont.bundled()));

        assertTrue(all.contains("本月無撥款"), all);
        assertTrue(all.contains("No payments in this month."), all);
        assertTrue(all.contains("NT$ 0"), all);
        assertFalse(all.contains("MOC-"), all);
    }
}
