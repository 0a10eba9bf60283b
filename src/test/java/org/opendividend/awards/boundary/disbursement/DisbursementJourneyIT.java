package org.opendividend.awards.boundary.disbursement;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.applications.boundary.ApplicantSteps;
import org.opendividend.awards.boundary.ledger.LedgerSteps;
import org.opendividend.stack.Browser;
import org.opendividend.stack.PdfFetch;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tranche requested, checked, approved and paid in a real browser by four different people, in both languages, on
 * the demo award 1008-1 (accepted, moc alone, its first tranche of 400,000 TWD due): the demo applicant, its
 * organisation's owner, opens the award from her dashboard and requests the tranche with her report and its PDF (a
 * text file named .pdf and an amount with decimals are refused first, with nothing lost); officer.moc accepts the report, approver.moc approves, finance.moc
 * records the payment with its reference and value date, each from their queue; the award page then shows the share
 * paid (the second language finds it paid and the queues empty of it), and finance.moc finds it paid in moc's ledger,
 * its CSV and XLSX exports and this month's statement. The officer and the grantee open the report's PDF (the bytes
 * sent); other ministries, another organisation and another role are refused it (403). Other roles, another organisation and another ministry are
 * refused by the server (the award, the queues, the ledger and its statements). Every page is scanned by axe-core.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisbursementJourneyIT {

    private static final String AWARD_ID = "8001";
    private static final String AWARD = "/applicant/award.xhtml?id=" + AWARD_ID;
    private static final String SHARE = "section.disbursement[data-award='1008-1']";
    private static final String REPORT_NAME = "第一期進度報告-1008-1.pdf";
    private static final Path REPORT_PDF;
    private static final Path FAKE_PDF;
    /** The report PDF's address, as the grantee's award page links it (found by the first test). */
    private static String reportAddress;

    static {
        try {
            Path dir = Files.createTempDirectory("tranche-report");
            REPORT_PDF = Files.writeString(dir.resolve(REPORT_NAME), ApplicantSteps.MINIMAL_PDF,
                    StandardCharsets.ISO_8859_1);
            FAKE_PDF = Files.writeString(dir.resolve("notes.pdf"), "just text, named like a PDF");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void theGranteeRequestsAndOfficerApproverAndFinanceOfMocPayTheTranche(String language) throws Exception {
        boolean chinese = "zh-TW".equals(language);
        try (Browser applicant = new Browser(language)) {
            applicant.open("/applicant/");
            applicant.loginOnKeycloakPage("applicant", "demo");
            if (!chinese) {
                applicant.waiting().until(d -> "en".equals(applicant.lang()));
            }
            applicant.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#my-offers a.od-award-link[href*='id=" + AWARD_ID + "']"))).click();
            applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("award-title")));
            assertTrue(applicant.text("award-title").contains("1008-1"), applicant.text("award-title"));
            assertEquals(4, applicant.driver().findElements(By.cssSelector("#tranches .tranche-row")).size());
            // the lexicon of the award's own script and the three outputs of the demo outputs' script
            assertEquals(4, applicant.driver().findElements(By.cssSelector("#obligations .obligation-row")).size());
            assertTrue(applicant.has("agreement-pdf"));
            if (applicant.has("request:submit-request")) {
                applicant.driver().findElement(By.id("request:progress")).sendKeys("詞彙初稿 3,000 條已完成校對。");
                applicant.driver().findElement(By.id("request:spent")).sendKeys("12.5");
                // a text file named .pdf is refused by its content, in the page's language, and nothing typed is lost
                applicant.driver().findElement(By.id("request:file_input")).sendKeys(FAKE_PDF.toString());
                applicant.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        chinese ? "不是 PDF" : "not a PDF"));
                assertEquals("詞彙初稿 3,000 條已完成校對。",
                        applicant.driver().findElement(By.id("request:progress")).getAttribute("value"), "nothing lost");
                assertTrue(applicant.has("request:pdf-chosen") && !applicant.has("pdf-name"), "no PDF chosen");
                applicant.driver().findElement(By.id("request:file_input")).sendKeys(REPORT_PDF.toString());
                applicant.waiting().until(ExpectedConditions.textToBe(By.id("pdf-name"), REPORT_NAME));
                applicant.click("request:submit-request");
                applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
                assertEquals("詞彙初稿 3,000 條已完成校對。",
                        applicant.driver().findElement(By.id("request:progress")).getAttribute("value"), "nothing lost");
                assertEquals(REPORT_NAME, applicant.text("pdf-name"), "the PDF chosen is kept too");
                WebElement spent = applicant.driver().findElement(By.id("request:spent"));
                spent.clear();
                spent.sendKeys("150000");
                applicant.click("request:submit-request");
                applicant.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("request:submit-request")));
            }
        }

        step(language, "officer.moc", "/officer/disbursements.xhtml", "disbursement-check", null);
        step(language, "approver.moc", "/approver/disbursements.xhtml", "disbursement-approve", null);
        step(language, "finance.moc", "/finance/disbursements.xhtml", "disbursement-pay", "MOC-1008-1-T1");

        try (Browser applicant = new Browser(language)) {
            applicant.open(AWARD);
            applicant.loginOnKeycloakPage("applicant", "demo");
            if (!chinese) {
                applicant.waiting().until(d -> "en".equals(applicant.lang()));
            }
            WebElement share = applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#tranches .tranche-share[data-ministry='moc']")));
            String status = share.findElement(By.className("share-status")).getText();
            assertEquals(chinese ? "已撥款" : "Paid", status);
            assertTrue(share.getText().contains("MOC-1008-1-T1"), share.getText());
            // the grantee reads the report PDF she sent
            WebElement report = share.findElement(By.className("share-report-pdf"));
            assertTrue(report.getText().contains(REPORT_NAME), report.getText());
            reportAddress = report.getAttribute("href");
            assertArrayEquals(Files.readAllBytes(REPORT_PDF), PdfFetch.bytes(applicant, reportAddress));
        }

        // the ministry's books: 1,000,000 committed by the award (all of moc's share of call 1008), 400,000 paid
        Path downloads = LedgerSteps.downloads();
        try (Browser finance = new Browser(language, downloads)) {
            finance.open("/finance/");
            finance.loginOnKeycloakPage("finance.moc", "demo");
            LedgerSteps.paidInTheBooks(finance, downloads, chinese, "1008-1", 1_000_000, 400_000, "MOC-1008-1-T1");
        }
    }

    /** Opens a staff queue of one award, and takes the step when it waits there (the first language does). */
    private static void step(String language, String username, String page, String button, String reference)
            throws Exception {
        try (Browser staff = new Browser(language)) {
            staff.open(page + "?award=" + AWARD_ID);
            staff.loginOnKeycloakPage(username, "demo");
            staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-title")));
            List<WebElement> waiting = staff.driver().findElements(By.cssSelector(SHARE));
            if (waiting.isEmpty()) {
                return;
            }
            WebElement share = waiting.get(0);
            assertTrue(share.getText().contains("詞彙初稿"), "the grantee's report: " + share.getText());
            // the report's PDF, opened from the queue as exported: the bytes the grantee sent
            WebElement pdf = share.findElement(By.className("disbursement-report-pdf"));
            assertEquals(REPORT_NAME, pdf.getText());
            byte[] fetched = PdfFetch.bytes(staff, pdf.getAttribute("href"));
            assertEquals("%PDF", new String(fetched, 0, 4, StandardCharsets.ISO_8859_1));
            assertArrayEquals(Files.readAllBytes(REPORT_PDF), fetched);
            if (reference != null) {
                share.findElement(By.className("disbursement-reference")).sendKeys(reference);
                WebElement valueDate = share.findElement(By.className("disbursement-value-date"));
                ((JavascriptExecutor) staff.driver()).executeScript("arguments[0].value = arguments[1];", valueDate,
                        LocalDate.now(ZoneId.of("Asia/Taipei")).toString());
            }
            share.findElement(By.className(button)).click();
            staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
            staff.waiting().until(d -> d.findElements(By.cssSelector(SHARE)).isEmpty());
        }
    }

    @Order(2)
    @Test
    void otherRolesOtherOrganisationsAndOtherMinistriesAreRefusedByTheServer() throws Exception {
        assertEquals(403, WebClient.statusOf(AWARD, "applicant2", "/applicant/"), "another organisation's applicant");
        assertEquals(403, WebClient.statusOf(AWARD, "officer.moc", "/officer/"), "the award page is the grantee's");
        assertEquals(403, WebClient.statusOf("/finance/disbursements.xhtml", "officer.moc", "/officer/"),
                "an officer is no finance user");
        assertEquals(403, WebClient.statusOf("/approver/disbursements.xhtml", "applicant", "/applicant/"),
                "nor is the grantee an approver");
        assertEquals(403, WebClient.statusOf("/finance/disbursements.xhtml?award=" + AWARD_ID, "finance.nstc",
                "/finance/"), "nstc pays no part of award 1008-1");
        assertEquals(403, WebClient.statusOf("/officer/disbursements.xhtml?award=" + AWARD_ID, "officer.nstc",
                "/officer/"), "nor does an officer of nstc check it");
        assertEquals(200, WebClient.statusOf("/finance/disbursements.xhtml?award=" + AWARD_ID, "finance.moc",
                "/finance/"));
        String statement = "/finance/statement?ministry=moc&month="
                + YearMonth.from(LocalDate.now(ZoneId.of("Asia/Taipei")));
        assertEquals(403, WebClient.statusOf("/finance/ledger.xhtml?ministry=moc", "finance.nstc", "/finance/"),
                "another ministry's finance user reads not moc's books");
        assertEquals(403, WebClient.statusOf(statement, "finance.nstc", "/finance/"), "nor its statements");
        assertEquals(403, WebClient.statusOf("/finance/ledger.xhtml", "approver.moc", "/approver/"),
                "an approver is no finance user");
        assertEquals(200, WebClient.statusOf(statement, "finance.moc", "/finance/"));
        assertEquals(404, WebClient.statusOf("/finance/statement?ministry=moc&month=2026-13", "finance.moc",
                "/finance/"), "no such month");
        // the report PDF: the share's ministry's staff only, besides the grantee's organisation
        assertTrue(reportAddress != null, "the first test found the report's address");
        String report = reportAddress.substring(reportAddress.indexOf("/disbursement/report"));
        assertEquals(200, WebClient.statusOf(report, "officer.moc", "/officer/"));
        assertEquals(200, WebClient.statusOf(report, "applicant", "/applicant/"));
        assertEquals(403, WebClient.statusOf(report, "applicant2", "/applicant/"), "another organisation's applicant");
        assertEquals(403, WebClient.statusOf(report, "officer.nstc", "/officer/"), "another ministry's officer");
        assertEquals(403, WebClient.statusOf(report, "finance.nstc", "/finance/"), "another ministry's finance user");
        assertEquals(403, WebClient.statusOf(report, "reviewer", "/reviewer/"), "another role");
        long id = Long.parseLong(report.substring(report.indexOf("id=") + 3));
        assertEquals(404, WebClient.statusOf("/disbursement/report?id=" + (id + 100_000), "officer.moc", "/officer/"),
                "an id changed in the address");
        assertEquals(404, WebClient.statusOf("/disbursement/report?id=x", "officer.moc", "/officer/"));
    }
}
