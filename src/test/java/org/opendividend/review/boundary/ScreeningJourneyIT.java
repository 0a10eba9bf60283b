package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.boundary.ApplicantSteps;
import org.opendividend.applications.boundary.Dashboard;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screening in a real browser: an applicant submits to the open demo call 1001 (led by the Ministry of Culture), the
 * ministry's officer finds the submission in the screening table, requests more information on the budget until a
 * date, and the applicant changes the budget and resubmits — back to 已提交, as version 2.
 */
@ExtendWith(RunningStack.class)
class ScreeningJourneyIT {

    private static final String F = "application:sections:";
    /** applicant2's address in the demo realm. */
    private static final String APPLICANT_MAIL = "applicant2@demo.opendividend.tw";

    @Test
    void anOfficerRequestsMoreInformationOnTheBudgetAndTheApplicantResubmits() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Browser applicant = new Browser("zh-TW"); Browser officer = new Browser("zh-TW")) {
            String wizardUrl = submit(applicant, marker);

            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.click("area-screening");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screening-title")));
            WebElement row = officer.driver().findElement(By.xpath(
                    "//tbody[@id='screening:submissions_data']/tr[contains(., '" + marker + "')]"));
            assertTrue(row.getText().contains("已提交"), row.getText());
            row.findElement(By.className("screen-link")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-title")));
            assertTrue(officer.text("content-titleZhTw").contains(marker), "the submitted version is shown");
            assertTrue(officer.text("exclusions").contains("範例大學") && officer.text("exclusions").contains("與本團隊有競爭關係"),
                    "with the reviewers the applicant asks to exclude, read-only: " + officer.text("exclusions"));
            assertEquals("語音", answerShown(officer, ApplicantSteps.SINGLE_CHOICE), "a choice by its option's text");
            assertEquals("語音辨識\n機器翻譯", answerShown(officer, ApplicantSteps.MULTIPLE_CHOICE));
            assertTrue(officer.driver().findElements(By.cssSelector("[data-check='budget'].verdict-PASS")).size() == 1,
                    "the checklist passes the budget");

            FormFilling screening = new FormFilling(officer.driver());
            LocalDateTime until = LocalDateTime.now(ZoneId.of("Asia/Taipei")).plusDays(7).withSecond(0).withNano(0);
            String untilShown = until.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            screening.check("screening:outcome", "MORE_INFO").check("screening:sections", "budget")
                    .type("screening:reason", "請補充錄音人力的經費說明。")
                    .set("screening:until", until.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            screening.submit("screening:save");
            assertEquals("請補件", officer.text("screen-status"));
            assertTrue(officer.text("messages").contains("已記錄審查結果"), officer.text("messages"));
            // the applicant is told by mail (the address is known from their login), with the project's title
            officer.waiting().until(d -> RunningStack.stack().mails().subjectsFor(APPLICANT_MAIL).stream()
                    .anyMatch(subject -> subject.contains("需要補充資料") && subject.contains(marker)));

            // the dashboard says what to do next, and until when (Taipei time)
            applicant.open("/applicant/");
            Dashboard.Row listed = Dashboard.row(applicant, marker);
            assertEquals("請補件", listed.state());
            assertEquals("請於 " + untilShown + "（台北時間）前修改以下段落並重新提交：經費。", listed.nextStep());

            applicant.driver().get(wizardUrl);
            assertEquals("請補件", applicant.text("application-status"));
            assertEquals("經費", applicant.text("more-info-sections"));
            assertTrue(applicant.text("screening-reason").contains("錄音人力"));
            // only the budget can be changed: the other sections' fields are disabled, and each tab says why
            assertFalse(applicant.driver().findElement(By.id(F + "titleZhTw")).isEnabled(), "the project is closed");
            assertFalse(applicant.driver().findElement(By.id(F + "communityConsent")).isEnabled(), "the ethics are closed");
            assertFalse(applicant.has(F + "addMember"), "no rows can be added to the team");
            assertTrue(applicant.driver().findElement(By.id(F + "budget:0:amount")).isEnabled(), "the budget is open");
            assertTrue(applicant.has(F + "addBudgetLine"));
            assertFalse(applicant.has(F + "attachments:0:upload"), "the attachments are closed");
            assertEquals("此段落不開放修改。僅 經費 可修改，期限至 " + untilShown + "（台北時間）。", note(applicant, "project"));
            assertEquals("此段落開放修改至 " + untilShown + "（台北時間）。", note(applicant, "budget"));
            FormFilling form = new FormFilling(applicant.driver());
            form.tab(F + "tab-budget").type(F + "budget:0:description", "錄音、轉寫與校對人力")
                    .type(F + "budget:0:amount", "1,600,000");
            form.submit("application:submit");
            assertEquals("已提交", applicant.text("application-status"), applicant.text("application:messages"));
            assertTrue(applicant.text("receipt-number").endsWith("-2"), applicant.text("receipt-number"));

            // the officer's list and screening page in English too, so that the browser scans them in both languages
            officer.click("lang-en");
            officer.waiting().until(d -> "en".equals(officer.lang()));
            officer.open("/officer/screening.xhtml");
            assertEquals("Screening of submissions", officer.text("screening-title"));
            officer.driver().findElement(By.xpath("//tbody[@id='screening:submissions_data']/tr[contains(., '" + marker
                    + "')]")).findElement(By.className("screen-link")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-title")));
            assertTrue(officer.text("submitted-version").startsWith("Version 2"), officer.text("submitted-version"));
        }
    }

    /** What a tab of the wizard says about its section (read whether or not the tab is shown). */
    private static String note(Browser browser, String section) {
        return browser.driver().findElement(By.id(F + "note-" + section)).getAttribute("textContent").strip();
    }

    /** The minimal steps of the applicant's journey (see ApplicationJourneyIT); returns the wizard's address. */
    private static String answerShown(Browser officer, long question) {
        return officer.driver().findElement(By.cssSelector(".od-answer[data-question='" + question + "']")).getText().strip();
    }

    private static String submit(Browser browser, String marker) throws java.io.IOException {
        FormFilling form = new FormFilling(browser.driver());
        ApplicantSteps.startApplication(browser, "applicant2", marker);
        String wizardUrl = browser.driver().getCurrentUrl();
        ApplicantSteps.fillEverySection(browser, marker);
        form.tab(F + "tab-questions");
        ApplicantSteps.choose(browser, ApplicantSteps.MULTIPLE_CHOICE, "機器翻譯");
        ApplicantSteps.choose(browser, ApplicantSteps.MULTIPLE_CHOICE, "語音辨識");
        form.tab(F + "tab-exclusions").type(F + "exclusions:0:exclusionContact", "範例大學")
                .type(F + "exclusions:0:exclusionReason", "與本團隊有競爭關係");
        form.submit("application:submit");
        assertTrue(browser.text("receipt-number").endsWith("-1"), browser.text("application:messages"));
        return wizardUrl;
    }
}
