package org.opendividend.awards.boundary.disbursement;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.awards.boundary.ledger.LedgerSteps;
import org.opendividend.stack.Browser;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tranche requested, checked, approved and paid in a real browser by four different people, in both languages, on
 * the demo award 1008-1 (accepted, moc alone, its first tranche of 400,000 TWD due): the demo applicant, its
 * organisation's owner, opens the award from her dashboard and requests the tranche with her report (an amount with
 * decimals is refused first, with nothing lost); officer.moc accepts the report, approver.moc approves, finance.moc
 * records the payment with its reference and value date, each from their queue; the award page then shows the share
 * paid (the second language finds it paid and the queues empty of it), and finance.moc finds it paid in moc's ledger,
 * its CSV and XLSX exports and this month's statement. Other roles, another organisation and another ministry are
 * refused by the server (the award, the queues, the ledger and its statements). Every page is scanned by axe-core.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisbursementJourneyIT {

    private static final String AWARD_ID = "8001";
    private static final String AWARD = "/applicant/award.xhtml?id=" + AWARD_ID;
    private static final String SHARE = "section.disbursement[data-award='1008-1']";

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
                applicant.click("request:submit-request");
                applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
                assertEquals("詞彙初稿 3,000 條已完成校對。",
                        applicant.driver().findElement(By.id("request:progress")).getAttribute("value"), "nothing lost");
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
    }
}
