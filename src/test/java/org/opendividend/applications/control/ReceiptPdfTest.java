package org.opendividend.applications.control;

import org.opendividend.platform.files.AttachmentContent;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The receipt is a PDF that OpenPDF reads back, with the receipt number, the hash and the applicant's text as text. */
class ReceiptPdfTest {

    static final String SNAPSHOT = """
            {"application":7,"call":3,"organisation":5,"version":2,"receipt":"OD-3-7-2","submittedAt":"2027-02-10T02:00:00Z",
             "titles":{"zh-TW":"客語語料 <b>開放</b>","en":"Hakka corpus <script>alert(1)</script>"},
             "abstract":"An open corpus. <img src=x onerror=alert(1)>","startDate":"2027-07-01","durationMonths":12,
             "team":[{"name":"Lin Ya-chi","orcid":"0000-0002-1825-0097","affiliation":"University","principal":true}],
             "answers":{},
             "budget":[{"category":"PERSONNEL","projectYear":1,"description":"assistant","amount":600000},
                       {"category":"EQUIPMENT","projectYear":1,"description":"GPU","amount":400000}],
             "outputs":[{"type":"DATASET","title":"Corpus","description":"","licence":"CC-BY-4.0","plannedRelease":"2028-06-30","registry":"","languages":"hak"}],
             "attachments":[{"type":"PROJECT_PLAN","name":"plan.pdf","sizeBytes":12345,"sha256":"%s"}],
             "ethics":{}}
            """.formatted("ab".repeat(32));

    static ReceiptSummary summary() {
        return ReceiptSummary.of("Public AI Development Fund", "Open language data 2027", "Hakka Lab", "OD-3-7-2", 2,
                Instant.parse("2027-02-10T02:00:00Z"), "Lin Ya-chi", "cd".repeat(32), SNAPSHOT);
    }

    @Test
    void theSummaryIsReadFromTheSnapshotWithBudgetTotal() {
        ReceiptSummary r = summary();
        assertEquals(new BigDecimal("1000000"), r.budgetTotal());
        assertEquals(1, r.attachments().size());
        assertEquals("Hakka corpus <script>alert(1)</script>", r.titleEn());
    }

    @Test
    void theReceiptIsAValidPdfWithTheReceiptNumberHashAndLiteralMarkup() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
            byte[] pdf = ReceiptPdf.render(summary(), locale);
            assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
            assertTrue(AttachmentContent.isPdf(pdf), "our own upload check accepts it");
            PdfReader reader = new PdfReader(pdf);
            try {
                StringBuilder text = new StringBuilder();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                String all = text.toString();
                assertTrue(all.contains("OD-3-7-2"), all);
                assertTrue(all.contains("cd".repeat(32)), "the snapshot's hash");
                assertTrue(all.contains("<script>alert(1)</script>"), "markup is written as text");
                assertTrue(all.contains("2027-02-10 10:00:00"), "submitted at in Asia/Taipei");
                assertTrue(all.contains("1,000,000"), "the budget total");
            } finally {
                reader.close();
            }
        }
    }
}
