package org.opendividend.awards.boundary;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.stack.Browser;
import org.opendividend.stack.PdfFetch;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The award offer in a real browser, in both languages, on demo call 1007 (decided: application 3201 of the demo
 * applicant's organisation funded with 1,200,000 TWD, 3202 on the reserve list): officer.moc opens the call's offers
 * from the calls list and offers the decided award (the second language finds it offered: offering is once); the demo
 * applicant, its organisation's owner, finds it on her dashboard, reads the terms, tranches and obligations, accepts it
 * (the second language finds it accepted) and opens the bilingual grant agreement, whose text the test reads from the
 * PDF. Other ministries, other roles and another organisation's applicant are refused by the server. Every page is
 * scanned by axe-core.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfferJourneyIT {

    private static final String CALL = "1007";
    private static final String OFFERS = "/officer/offers.xhtml?call=" + CALL;

    /** The offer's id, as the first journey found it, for the refusals. */
    private static volatile String offerId;

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void theLeadOfficerOffersAndTheOwnerAcceptsAndReadsTheAgreement(String language) throws Exception {
        boolean chinese = "zh-TW".equals(language);
        try (Browser officer = new Browser(language)) {
            officer.open("/officer/calls.xhtml");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            if (!chinese) {
                officer.waiting().until(d -> "en".equals(officer.lang()));
            }
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("a.od-offers-link[href*='call=" + CALL + "']"))).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offers-title")));
            assertEquals(chinese ? "補助核定" : "Award offers", officer.text("offers-title"));
            if (officer.has("offering:offer-decided")) {
                officer.click("offering:offer-decided");
                officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offers")));
                assertTrue(officer.text("messages").contains(chinese ? "已發出 1 件補助核定" : "1 award(s) offered"),
                        officer.text("messages"));
            }
            List<WebElement> rows = officer.driver().findElements(By.cssSelector("#offers .offer-row"));
            assertEquals(1, rows.size(), "one award: application 3201");
            WebElement row = rows.get(0);
            assertEquals(CALL + "-1", row.findElement(By.className("offer-number")).getText());
            assertTrue(row.getText().contains("1,200,000"), row.getText());
            assertTrue(row.getText().contains(chinese ? "文化部" : "Ministry of Culture") && row.getText().contains("800,000"),
                    "moc's part " + row.getText());
            assertTrue(officer.has("offering:offer-reserve"), "after the offer, the reserve list is the officer's next step");
            officer.click("offering:offer-reserve");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
            assertTrue(officer.text("messages").contains("900,000"),
                    "the reserve's request is more than the money freed, with the numbers: " + officer.text("messages"));
            assertEquals(1, officer.driver().findElements(By.cssSelector("#offers .offer-row")).size(), "nothing offered");
        }

        try (Browser applicant = new Browser(language)) {
            applicant.open("/applicant/");
            applicant.loginOnKeycloakPage("applicant", "demo");
            if (!chinese) {
                applicant.waiting().until(d -> "en".equals(applicant.lang()));
            }
            WebElement link = applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#my-offers a.od-offer-link")));
            assertTrue(link.getText().startsWith(CALL + "-1"), link.getText());
            link.click();
            applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-title")));
            offerId = applicant.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertTrue(applicant.text("offer-amount").contains("1,200,000"), applicant.text("offer-amount"));
            assertEquals(4, applicant.driver().findElements(By.cssSelector("#tranches .tranche-row")).size(),
                    "40 / 30 / 20 and the retained 10 %");
            assertTrue(applicant.text("tranches").contains("480,000") && applicant.text("tranches").contains("120,000"),
                    applicant.text("tranches"));
            assertEquals(2, applicant.driver().findElements(By.cssSelector("#obligations .obligation-row")).size(),
                    "the application's two planned outputs");
            if (applicant.has("offer:accept")) {
                applicant.click("offer:accept");
                applicant.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offer:accept")));
            }
            assertTrue(applicant.text("offer-status").contains(chinese ? "已接受" : "Accepted"),
                    applicant.text("offer-status"));
            assertTrue(applicant.text("offer-status").contains("陳怡君"), "who accepted: " + applicant.text("offer-status"));

            String agreement = PdfFetch.text(applicant, applicant.driver().findElement(By.id("agreement-pdf"))
                    .getAttribute("href"));
            for (String expected : List.of(CALL + "-1", "NT$ 1,200,000", "NT$ 800,000", "NT$ 400,000", "補助契約",
                    "Grant agreement", "客語與華語雙語語音合成開放模型", "開放語言實驗室", "已接受", "Accepted")) {
                assertTrue(agreement.contains(expected), () -> expected + " in the agreement:\n" + agreement);
            }
        }
    }

    /**
     * Four eyes on the accepted award, one measure per language: officer.moc proposes to suspend it (Chinese) or to
     * resume it (English) with a reason; approver.moc finds it waiting and confirms it; the officer's page shows the
     * award suspended, then accepted again, and how each measure was decided; the grantee's award page tells why. The
     * award is left accepted.
     */
    @Order(2)
    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void aMeasureOnTheAcceptedAwardIsProposedByTheOfficerAndConfirmedByTheApprover(String language) throws Exception {
        boolean chinese = "zh-TW".equals(language);
        String reason = chinese ? "期中報告逾期三十日" : "The report is in; payments may go on.";
        try (Browser officer = new Browser(language)) {
            officer.open(OFFERS);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("measure:reason")));
            new Select(officer.driver().findElement(By.id("measure:action"))).selectByVisibleText(
                    chinese ? "暫停補助" : "Resume the award");
            officer.driver().findElement(By.id("measure:reason")).sendKeys(reason);
            officer.click("measure:propose");
            officer.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), CALL + "-1"));
            assertTrue(officer.text("measures").contains(reason), officer.text("measures"));
            assertTrue(officer.text("measures").contains(chinese ? "等待核定人決定" : "Waiting for an approver"),
                    officer.text("measures"));
        }
        try (Browser approver = new Browser(language)) {
            approver.open("/approver/");
            approver.loginOnKeycloakPage("approver.moc", "demo");
            approver.waiting().until(ExpectedConditions.elementToBeClickable(By.id("area-measures"))).click();
            approver.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("measures-title")));
            List<WebElement> waiting = approver.driver().findElements(By.cssSelector("#queue\\:waiting .measure-row"));
            assertEquals(1, waiting.size(), "the officer's measure waits for the approver");
            assertTrue(waiting.get(0).getText().contains(reason), waiting.get(0).getText());
            approver.click("queue:waiting:0:confirm");
            approver.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-measures")));
            assertTrue(approver.text("messages").contains(CALL + "-1"), approver.text("messages"));
        }
        try (Browser officer = new Browser(language)) {
            officer.open(OFFERS);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("measures")));
            String status = officer.driver().findElement(By.cssSelector("#offers .offer-status")).getText();
            assertEquals(chinese ? "已暫停" : "Accepted", status, "the award after the measure");
            assertTrue(officer.text("measures").contains(chinese ? "已同意" : "Confirmed"), officer.text("measures"));
        }
        try (Browser applicant = new Browser(language)) {
            applicant.open("/applicant/award.xhtml?id=" + offerId);
            applicant.loginOnKeycloakPage("applicant", "demo");
            applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("award-measures")));
            assertTrue(applicant.text("award-measures").contains(reason), "the grantee is told why: "
                    + applicant.text("award-measures"));
            assertEquals(chinese ? "已暫停" : "Accepted", applicant.text("award-status"));
        }
    }

    @Order(3)
    @Test
    void otherMinistriesOtherRolesAndOtherOrganisationsAreRefusedByTheServer() throws Exception {
        assertEquals(200, statusOf(OFFERS, "officer.moda", "/officer/"), "moda co-funds call 1007 and reads its offers");
        assertEquals(403, statusOf(OFFERS, "officer.nstc", "/officer/"), "nstc neither leads nor co-funds call 1007");
        assertEquals(403, statusOf(OFFERS, "reviewer", "/reviewer/"), "a reviewer is no officer");
        assertEquals(403, statusOf(OFFERS, "applicant", "/applicant/"), "nor is an applicant");
        assertFalse(offerId == null || offerId.isBlank(), "the journey found the offer");
        assertEquals(403, statusOf("/applicant/offer.xhtml?id=" + offerId, "applicant2", "/applicant/"),
                "another organisation's applicant");
        assertEquals(403, statusOf("/applicant/agreement?id=" + offerId, "applicant2", "/applicant/"),
                "nor its agreement");
        assertEquals(403, statusOf("/applicant/offer.xhtml?id=" + offerId, "officer.moc", "/officer/"),
                "the applicant's page is for applicants");
        assertEquals(403, statusOf("/approver/measures.xhtml", "officer.moc", "/officer/"),
                "an officer proposes measures and never decides them");
    }

    private static int statusOf(String page, String username, String landing) throws Exception {
        return WebClient.statusOf(page, username, landing);
    }
}
