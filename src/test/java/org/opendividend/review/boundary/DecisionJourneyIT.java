package org.opendividend.review.boundary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.Browser;
import org.opendividend.stack.PdfFetch;
import org.opendividend.stack.RunningStack;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A funding decision with four eyes in real browsers, on the reviewed demo call 1006 (moc leads with 6,000,000 TWD,
 * moda co-funds with 3,000,000), each person in turn in the other language so that every page is seen in both:
 * officer.moc opens the decision from the panel, finds the suggested funding line filled in, is told in Chinese that an
 * amount above the request is refused (what was typed stays), lowers an amount and saves; a second tab of the same
 * officer, saving a change of its own over the first one's, is told of the conflict and keeps what it typed; the
 * officer proposes. The proposer is offered no approval. approver.moc finds it waiting on the approvers' page and sends
 * it back with a reason (a missing reason is refused); the officer reads the reason and proposes again; approver.moc
 * approves; approver.moda finds its share waiting and confirms it: the decision is taken, every step signed. Then the
 * officer offers the four awards, and the demo applicant (made an owner of 3104's organisation for the test) accepts the
 * lowered one and reads its bilingual agreement. Every page is scanned by axe-core; other ministries and roles are
 * refused by the server.
 */
@ExtendWith(RunningStack.class)
class DecisionJourneyIT {

    private static final String CALL = "1006";
    private static final String OFFICER_PAGE = "/officer/decision.xhtml?call=" + CALL;
    private static final String APPROVER_PAGE = "/approver/decision.xhtml?call=" + CALL;
    private static final List<String> SUGGESTED = List.of("3104", "3102", "3101", "3106");
    /** The organisation of application 3104 (made up in the demo), whose owner the demo applicant becomes here. */
    private static final long ORGANISATION_3104 = 2104;
    /** The demo login {@code applicant} (陳怡君). */
    private static final String APPLICANT = "00000000-0000-4000-8000-000000000001";

    /**
     * Leaves demo call 1006 undecided again, as the demo seeds it, for the run's other tests of its panel and its
     * outcome (they share the stack): the offers and the decision's rows go, the demo applicant leaves 3104's
     * organisation, and the call is closed again, as it was.
     */
    @AfterAll
    static void leaveCall1006Undecided() throws Exception {
        try (StackAssignments database = StackAssignments.open()) {
            for (String part : List.of("award_obligation", "award_tranche", "award_part")) {
                database.update("delete from " + part + " where award_id in (select id from award where call_id = ?)",
                        Long.parseLong(CALL));
            }
            database.update("delete from award where call_id = ?", Long.parseLong(CALL));
            database.update("delete from organisation_member where organisation_id = ? and subject = ?",
                    ORGANISATION_3104, APPLICANT);
            for (String part : List.of("funding_decision_line", "funding_decision_part", "funding_decision_confirmation")) {
                database.update("delete from " + part + " where decision_id in "
                        + "(select id from funding_decision where call_id = ?)", Long.parseLong(CALL));
            }
            database.update("delete from funding_decision where call_id = ?", Long.parseLong(CALL));
            database.update("update funding_call set status = 'CLOSED' where id = ?", Long.parseLong(CALL));
        }
    }

    @Test
    void fromThePanelToATakenDecisionWithFourEyesAndAnAcceptedOffer() throws Exception {
        long lowered;
        try (Browser officer = new Browser("zh-TW")) {
            officer.open("/officer/panel.xhtml?call=" + CALL);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.click("decision-link");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-title")));
            assertEquals("補助決定", officer.text("decision-title"));
            assertEquals("草稿", officer.text("decision-status"));
            assertEquals(10, officer.driver().findElements(By.cssSelector("#decision\\:lines .application-title")).size(),
                    "every ranked application of call 1006 has its row");
            for (String id : SUGGESTED) {
                assertEquals("FUND", outcome(officer, id).getFirstSelectedOption().getAttribute("value"),
                        id + " is funded by the panel's suggested funding line");
            }
            assertEquals("RESERVE", outcome(officer, "3105").getFirstSelectedOption().getAttribute("value"));

            long requested = requested(officer, "3104");
            type(amount(officer, "3104"), String.valueOf(requested + 1000));
            officer.click("decision:save");
            expectMessage(officer, "高於其申請金額");
            assertEquals(twd(requested + 1000), amount(officer, "3104").getAttribute("value"),
                    "what was typed is still there");

            lowered = requested - 100_000;
            type(amount(officer, "3104"), String.valueOf(lowered));
            officer.click("decision:save");
            expectMessage(officer, "草稿已儲存");
            String parts = row(officer, "3104").findElement(By.className("parts")).getText();
            assertTrue(parts.contains("文化部") && parts.contains("數位發展部"), "split by the shares: " + parts);

            // a second tab of the same decision, read before the first one saves again
            try (Browser second = new Browser("zh-TW")) {
                second.open(OFFICER_PAGE);
                second.loginOnKeycloakPage("officer.moc", "demo");
                second.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-title")));
                officer.driver().navigate().refresh();
                outcome(officer, "3109").selectByValue("REJECT");
                officer.click("decision:save");
                expectMessage(officer, "草稿已儲存");

                outcome(second, "3103").selectByValue("REJECT");
                second.click("decision:save");
                expectMessage(second, "有人變更了此決定");
                assertEquals("REJECT", outcome(second, "3103").getFirstSelectedOption().getAttribute("value"),
                        "what the second tab typed is kept");
            }

            officer.driver().navigate().refresh();
            officer.click("decision:propose");
            officer.waiting().until(ExpectedConditions.textToBe(By.id("decision-status"), "已提出，待主辦部會核定"));
            assertTrue(officer.text("proposed-by").contains("提出"), officer.text("proposed-by"));
            assertFalse(officer.has("decision:approve"), "whoever proposed approves nothing (four eyes)");
            assertEquals(0, officer.driver().findElements(By.cssSelector("#decision\\:lines select")).size(),
                    "a proposal is no longer edited");
        }

        try (Browser approver = new Browser("en")) {
            approver.open("/approver/");
            approver.loginOnKeycloakPage("approver.moc", "demo");
            approver.waiting().until(d -> "en".equals(approver.lang()));
            WebElement waiting = approver.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#decision-queue .decision-waiting[data-call='" + CALL + "']")));
            assertTrue(waiting.getText().contains("approve for the lead ministry"), waiting.getText());
            waiting.findElement(By.tagName("a")).click();
            approver.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:approve")));
            assertEquals(twd(lowered), row(approver, "3104").findElement(By.className("amount")).getText());

            approver.click("decision:send-back");
            expectMessage(approver, "Say why");
            approver.driver().findElement(By.id("decision:reason")).sendKeys("Please fund 3109 instead of rejecting it.");
            approver.click("decision:send-back");
            approver.waiting().until(ExpectedConditions.textToBe(By.id("decision-status"), "Draft"));
            assertFalse(approver.has("decision:approve"));
        }

        try (Browser officer = new Browser("en")) {
            officer.open(OFFICER_PAGE);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.waiting().until(d -> "en".equals(officer.lang()));
            assertTrue(officer.text("decision:sent-back").contains("Please fund 3109"), officer.text("decision:sent-back"));
            outcome(officer, "3109").selectByValue("RESERVE");
            officer.click("decision:propose");
            officer.waiting().until(ExpectedConditions.textToBe(By.id("decision-status"),
                    "Proposed, awaiting the lead ministry's approval"));
        }

        try (Browser approver = new Browser("zh-TW")) {
            approver.open(APPROVER_PAGE);
            approver.loginOnKeycloakPage("approver.moc", "demo");
            approver.click("decision:approve");
            approver.waiting().until(ExpectedConditions.textToBe(By.id("decision-status"),
                    "主辦部會已核定，待協辦出資部會確認"));
            assertTrue(approver.text("approved-by").contains("核准"), approver.text("approved-by"));
            assertTrue(approver.driver().findElements(By.cssSelector("#decision\\:shares")).isEmpty(),
                    "moc's approver answers for no share of moda");
        }

        try (Browser coFunder = new Browser("en")) {
            coFunder.open("/approver/");
            coFunder.loginOnKeycloakPage("approver.moda", "demo");
            coFunder.waiting().until(d -> "en".equals(coFunder.lang()));
            WebElement waiting = coFunder.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#decision-queue .decision-waiting[data-call='" + CALL + "']")));
            assertTrue(waiting.getText().contains("confirm the ministry's share"), waiting.getText());
            waiting.findElement(By.tagName("a")).click();
            WebElement share = coFunder.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".od-share-answer[data-ministry='moda']")));
            assertTrue(share.getText().contains("Ministry of Digital Affairs"), share.getText());
            share.findElement(By.cssSelector("button[id$='confirm']")).click();
            coFunder.waiting().until(ExpectedConditions.textToBe(By.id("decision-status"), "Decided"));
            assertTrue(coFunder.has("decided-at"));
            long committed = money(coFunder, "moda", "committed");
            assertTrue(committed > 0 && committed + money(coFunder, "moda", "remaining") == 3_000_000,
                    "moda's money: committed and remaining make its share");
            assertTrue(money(coFunder, "moc", "committed") + money(coFunder, "moda", "committed")
                    <= 9_000_000, "within the call's budget");
        }

        // the decision taken, the lead's officer offers its four awards; the demo applicant, made an owner of 3104's
        // organisation for this test, accepts the lowered award and reads its agreement
        try (StackAssignments database = StackAssignments.open()) {
            database.update("insert into organisation_member (organisation_id, subject, display_name, role, joined_at, "
                    + "version) values (?, ?, '陳怡君', 'OWNER', current_timestamp, 0)", ORGANISATION_3104, APPLICANT);
        }
        try (Browser officer = new Browser("zh-TW")) {
            officer.open("/officer/offers.xhtml?call=" + CALL);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.click("offering:offer-decided");
            officer.waiting().until(d -> d.findElements(By.cssSelector("#offers .offer-row")).size() == SUGGESTED.size());
            assertTrue(officer.text("offers").contains(twd(lowered)), "3104's lowered award: " + officer.text("offers"));
        }
        try (Browser applicant = new Browser("en")) {
            applicant.open("/applicant/");
            applicant.loginOnKeycloakPage("applicant", "demo");
            applicant.waiting().until(d -> "en".equals(applicant.lang()));
            WebElement offer = applicant.waiting().until(d -> d.findElements(By.cssSelector("#my-offers a.od-offer-link"))
                    .stream().filter(a -> a.getText().startsWith(CALL + "-")).findFirst().orElse(null));
            offer.click();
            applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-title")));
            assertTrue(applicant.text("offer-amount").contains(twd(lowered)), applicant.text("offer-amount"));
            applicant.click("offer:accept");
            applicant.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offer:accept")));
            assertTrue(applicant.text("offer-status").contains("Accepted"), applicant.text("offer-status"));
            String agreement = PdfFetch.text(applicant, applicant.driver().findElement(By.id("agreement-pdf"))
                    .getAttribute("href"));
            for (String expected : List.of("NT$ " + twd(lowered), "補助契約", "Grant agreement", "Accepted")) {
                assertTrue(agreement.contains(expected), () -> expected + " in the agreement:\n" + agreement);
            }
        }
    }

    @Test
    void otherMinistriesAndRolesAreRefusedByTheServer() throws Exception {
        assertEquals(200, ReviewSteps.statusOf(OFFICER_PAGE, "officer.moda", "/officer/"), "moda co-funds call 1006");
        assertEquals(403, ReviewSteps.statusOf(OFFICER_PAGE, "officer.nstc", "/officer/"), "nstc has no money in it");
        assertEquals(403, ReviewSteps.statusOf(APPROVER_PAGE, "approver.nstc", "/approver/"), "nor has its approver");
        assertEquals(403, ReviewSteps.statusOf(OFFICER_PAGE, "reviewer", "/reviewer/"), "a reviewer decides nothing");
        assertEquals(403, ReviewSteps.statusOf(APPROVER_PAGE, "applicant2", "/applicant/"), "nor does an applicant");
    }

    private static WebElement row(Browser browser, String application) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#decision\\:lines .application-title[data-application='" + application + "']")))
                .findElement(By.xpath("./ancestor::tr"));
    }

    private static Select outcome(Browser browser, String application) {
        return new Select(row(browser, application).findElement(By.tagName("select")));
    }

    private static WebElement amount(Browser browser, String application) {
        return row(browser, application).findElement(By.cssSelector("input[id$='amount']"));
    }

    private static long requested(Browser browser, String application) {
        return Long.parseLong(row(browser, application).findElement(By.className("requested")).getText()
                .replace(",", ""));
    }

    private static long money(Browser browser, String ministry, String column) {
        WebElement row = browser.driver().findElement(By.cssSelector("#decision\\:money .ministry[data-ministry='"
                + ministry + "']")).findElement(By.xpath("./ancestor::tr"));
        return Long.parseLong(row.findElement(By.className(column)).getText().replace(",", ""));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Waits until the page's messages, which PrimeFaces renders after an AJAX step, say {@code expected} (the previous
     * step's message stays until the answer arrives), and answers them.
     */
    private static String expectMessage(Browser browser, String expected) {
        try {
            // PrimeFaces replaces the messages when the answer arrives: an element read just then is stale, read again
            return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
                String text = String.join(" ", d.findElements(By.cssSelector("#decision\\:messages")).stream()
                        .map(WebElement::getText).toList());
                return text.contains(expected) ? text : null;
            });
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError("no message saying \"" + expected + "\" but: "
                    + browser.driver().findElement(By.id("decision:messages")).getText(), notShown);
        }
    }

    private static String twd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }
}
