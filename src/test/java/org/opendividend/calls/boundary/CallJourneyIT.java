package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main journey of calls in a real browser: an officer of the Ministry of Culture writes a co-funded call,
 * is told at the field what is wrong and loses nothing; the co-funding ministry's approver accepts its share; an
 * approver of the lead ministry publishes it; an anonymous
 * visitor finds it in Chinese and in English, with every text escaped. An officer of another ministry is refused.
 */
@ExtendWith(RunningStack.class)
class CallJourneyIT {

    private static final String F = "call:tabs:";
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void anOfficerWritesACallAnApproverPublishesItAndThePublicFindsIt() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String zhTitle = "客語語料徵件 " + marker + " <script>alert(1)</script>";
        String enTitle = "Hakka corpus call " + marker + " <b>bold</b>";
        String callId;

        try (Browser officer = new Browser("zh-TW")) {
            officer.open("/officer/calls.xhtml");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.driver().findElement(By.cssSelector("input[data-ministry='moc']")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor-title")));
            callId = officer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            FormFilling form = new FormFilling(officer.driver());

            form.type(F + "titleZhTw", zhTitle).type(F + "titleEn", enTitle)
                    .type(F + "summaryZhTw", "建置客語與阿美語的開放語音語料。").type(F + "summaryEn", "Open speech corpora for Hakka and Amis.")
                    .type(F + "descriptionZhTw", "第一段。\n第二段。").type(F + "descriptionEn", "First paragraph.\nSecond paragraph.");
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Taipei")).truncatedTo(ChronoUnit.MINUTES);
            form.tab(F + "tab-funding")
                    .type(F + "budget", "12,000,000.5") // not whole dollars: refused at the field
                    .type(F + "shares:0:share", "12,000,000")
                    .type(F + "minGrant", "500,000").type(F + "maxGrant", "3,000,000").type(F + "maxDurationMonths", "24")
                    .set(F + "opensAt", FIELD.format(now.plusDays(1))).set(F + "closesAt", FIELD.format(now.plusDays(60)));
            form.tab(F + "tab-eligibility")
                    .check(F + "organisationTypes", "UNIVERSITY").check(F + "organisationTypes", "HAKKA_COMMUNITY_ORGANISATION")
                    .check(F + "focusAreas", "DATASETS_AND_CORPORA").check(F + "targetLanguages", "hak")
                    .check(F + "targetLanguages", "ami").check(F + "requiredAttachments", "PROJECT_PLAN");
            form.submit("call:save");

            assertTrue(officer.text("call:messages").contains("整數"), "the decimal amount is refused: " + officer.text("call:messages"));
            assertEquals(zhTitle, form.value(F + "titleZhTw"), "what was typed is kept");
            assertEquals("12,000,000.5", form.value(F + "budget"), "the refused amount stays in its field");

            form.tab(F + "tab-funding").type(F + "budget", "12,000,000");
            // nstc co-funds a quarter: moc proposes the amount, only an approver of nstc commits nstc's money
            new Select(officer.driver().findElement(By.id(F + "newCoFunder"))).selectByValue("nstc");
            form.submit(F + "addCoFunder");
            form.tab(F + "tab-funding").type(F + "shares:0:share", "9,000,000").type(F + "shares:1:share", "3,000,000");
            form.tab(F + "tab-review").submit(F + "addCriterion");
            form.submit(F + "addCriterion");
            form
                    .type(F + "criteria:0:nameZhTw", "語料品質").type(F + "criteria:0:nameEn", "Corpus quality")
                    .type(F + "criteria:0:weight", "60").type(F + "criteria:0:threshold", "3")
                    .type(F + "criteria:1:nameZhTw", "社群參與").type(F + "criteria:1:nameEn", "Community participation")
                    .type(F + "criteria:1:weight", "40").type(F + "criteria:1:threshold", "2.5");
            form.tab(F + "tab-licences");
            for (int type = 0; type < 5; type++) {
                form.type(F + "policy:" + type + ":otherLicence", type == 2 ? "CC-BY-NC-4.0" : "CC0-1.0");
            }
            form.submit("call:saveAndCheck");

            String refusal = officer.text("call:messages");
            assertTrue(refusal.contains("CC-BY-NC-4.0"), "the non-open licence is refused and named: " + refusal);
            assertEquals("CC-BY-NC-4.0", form.value(F + "policy:2:otherLicence"), "and kept for correction");
            assertEquals("Corpus quality", form.value(F + "criteria:0:nameEn"));

            form.tab(F + "tab-licences").type(F + "policy:2:otherLicence", "CC-BY-4.0");
            form.submit("call:saveAndCheck");
            assertEquals(List.of("部會 nstc 的核定主管尚未同意其出資額。"), texts(officer, "#check-problems li"),
                    "complete but for nstc's acceptance");
            form.tab(F + "tab-funding");
            assertEquals(List.of("主辦部會：隨公告承諾出資", "等待該部會核定主管同意"), texts(officer, "#call\\:tabs\\:shares .od-consent"));
        }

        try (Browser coFunder = new Browser("zh-TW")) {
            coFunder.open("/approver/calls.xhtml");
            coFunder.loginOnKeycloakPage("approver.nstc", "demo");
            coFunder.driver().findElement(By.xpath("//ul[@id='share-queue']//a[contains(., '" + marker + "')]")).click();
            By answer = By.cssSelector(".od-share-answer[data-ministry='nstc'] .od-consent");
            coFunder.waiting().until(ExpectedConditions.visibilityOfElementLocated(answer));
            assertFalse(coFunder.has("publication:publish"), "nstc's approver does not publish moc's call");
            assertEquals("等待該部會核定主管同意", coFunder.driver().findElement(answer).getText());
            coFunder.click("publication:answers:0:accept");
            coFunder.waiting().until(ExpectedConditions.textToBePresentInElementLocated(answer, "同意出資 NT$ 3,000,000"));
            String shown = coFunder.driver().findElement(By.cssSelector("#call-shares tr[data-code='nstc'] .od-consent")).getText();
            assertTrue(shown.contains("同意出資 NT$ 3,000,000") && shown.contains("（臺北時間）"), "on the call: " + shown);
        }

        try (Browser approver = new Browser("zh-TW")) {
            approver.open("/approver/calls.xhtml");
            approver.loginOnKeycloakPage("approver.moc", "demo");
            WebElement queued = approver.driver().findElement(By.xpath(
                    "//ul[@id='publication-queue']//a[contains(., '" + marker + "')]"));
            queued.click();
            approver.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("publication-ready")));
            approver.click("publication:publish");
            approver.waiting().until(ExpectedConditions.textToBe(By.id("call-status"), "已公告（尚未開放）"));
            assertFalse(approver.has("publication:publish"), "published once");
        }

        try (Browser visitor = new Browser("zh-TW")) {
            visitor.open("/calls/");
            WebElement link = visitor.driver().findElement(By.xpath("//a[contains(@class,'od-call-link') and contains(., '" + marker + "')]"));
            assertEquals(zhTitle, link.getText(), "shown as text, script and all");
            link.click();
            assertEquals(zhTitle, visitor.text("call-title"));
            Pages.assertNoStackTrace(visitor.driver().getPageSource());
            assertFalse(visitor.driver().getPageSource().contains("<script>alert(1)</script>"), "never as markup");
            visitor.click("lang-en");
            visitor.waiting().until(ExpectedConditions.textToBe(By.id("call-title"), enTitle));
            assertTrue(visitor.driver().getCurrentUrl().contains("id=" + callId), "the same call in English");
            assertTrue(visitor.text("call-budget").contains("12,000,000"), visitor.text("call-budget"));
            // the filter sent as it stands ("any" everywhere) in English still lists the call: "any" is sent as an
            // empty value, never as its text ("All", once read as a ministry's code, listed nothing)
            visitor.open("/calls/");
            visitor.click("filter-submit");
            visitor.waiting().until(ExpectedConditions.urlContains("ministry="));
            assertTrue(visitor.driver().getCurrentUrl().contains("ministry=&"), visitor.driver().getCurrentUrl());
            assertTrue(texts(visitor, "a.od-call-link").contains(enTitle), "listed: " + texts(visitor, "a.od-call-link"));
        }

        try (Browser otherMinistry = new Browser("en")) {
            otherMinistry.open("/officer/call.xhtml?id=" + callId);
            otherMinistry.loginOnKeycloakPage("officer.moda", "demo"); // nstc co-funds this call, moda has no part in it
            assertEquals("Access denied", otherMinistry.text("error-title"));
            assertEquals("Only officers of a ministry that leads or co-funds this call may work on it.",
                    otherMinistry.text("error-reason"));
            otherMinistry.open("/officer/calls.xhtml");
            List<String> titles = otherMinistry.driver().findElements(By.cssSelector("a.od-call-link")).stream()
                    .map(WebElement::getText).toList();
            assertFalse(titles.stream().anyMatch(t -> t.contains(marker)), "not even listed: " + titles);
        }
    }

    private static List<String> texts(Browser browser, String cssSelector) {
        return browser.driver().findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }
}
