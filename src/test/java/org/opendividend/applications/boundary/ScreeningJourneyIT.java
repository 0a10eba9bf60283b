package org.opendividend.applications.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screening in a real browser: an applicant submits to the open demo call 1001 (led by the Ministry of Culture), the
 * ministry's officer finds the submission in the screening table, requests more information on the budget until a
 * date, and the applicant changes the budget and resubmits — back to 已提交, as version 2.
 */
@ExtendWith(RunningStack.class)
class ScreeningJourneyIT {

    private static final String F = "application:sections:";

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
            assertTrue(officer.driver().findElements(By.cssSelector("[data-check='budget'].verdict-PASS")).size() == 1,
                    "the checklist passes the budget");

            FormFilling screening = new FormFilling(officer.driver());
            screening.check("screening:outcome", "MORE_INFO").check("screening:sections", "budget")
                    .type("screening:reason", "請補充錄音人力的經費說明。")
                    .set("screening:until", LocalDateTime.now(ZoneId.of("Asia/Taipei")).plusDays(7)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            screening.submit("screening:save");
            assertEquals("請補件", officer.text("screen-status"));
            assertTrue(officer.text("messages").contains("已記錄審查結果"), officer.text("messages"));

            applicant.driver().get(wizardUrl);
            assertEquals("請補件", applicant.text("application-status"));
            assertEquals("經費", applicant.text("more-info-sections"));
            assertTrue(applicant.text("screening-reason").contains("錄音人力"));
            FormFilling form = new FormFilling(applicant.driver());
            form.tab(F + "tab-budget").type(F + "budget:0:description", "錄音、轉寫與校對人力")
                    .type(F + "budget:0:amount", "1,600,000");
            form.submit("application:submit");
            assertEquals("已提交", applicant.text("application-status"), applicant.text("application:messages"));
            assertTrue(applicant.text("receipt-number").endsWith("-2"), applicant.text("receipt-number"));
        }
    }

    /** The minimal steps of the applicant's journey (see ApplicationJourneyIT); returns the wizard's address. */
    private static String submit(Browser browser, String marker) {
        FormFilling form = new FormFilling(browser.driver());
        browser.open("/calls/call.xhtml?id=1001");
        browser.click("apply");
        browser.loginOnKeycloakPage("applicant2", "demo");
        browser.click("start:manage-organisations");
        form.type("create:nameZhTw", "客語審查協會 " + marker).type("create:nameEn", "Hakka Screening " + marker)
                .type("create:businessNumber", "04595257").type("create:address", "桃園市中壢區");
        new Select(browser.driver().findElement(By.id("create:type"))).selectByValue("NON_PROFIT");
        form.submit("create:save");

        browser.open("/applicant/apply.xhtml?call=1001");
        browser.driver().findElement(By.xpath("//input[contains(@class,'start-for') and contains(@value,'" + marker + "')]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
        String wizardUrl = browser.driver().getCurrentUrl();

        form.type(F + "titleZhTw", "客語語音語料 " + marker).type(F + "titleEn", "Hakka speech corpus " + marker)
                .type(F + "abstractText", "錄製客語語音。").set(F + "startDate", "2027-07-01").type(F + "durationMonths", "12");
        form.tab(F + "tab-team").submit(F + "addMember");
        form.type(F + "team:0:fullName", "林雅琪").type(F + "team:0:orcid", "0000-0002-1825-0097")
                .type(F + "team:0:affiliation", "國立中央大學").tick(F + "team:0:principal");
        form.tab(F + "tab-questions");
        List<WebElement> answers = browser.driver().findElements(By.cssSelector("textarea[id^='answer-']"));
        for (WebElement answer : answers) {
            answer.clear();
            answer.sendKeys("12");
        }
        form.tab(F + "tab-budget").submit(F + "addBudgetLine");
        form.type(F + "budget:0:description", "錄音與轉寫人力").type(F + "budget:0:amount", "1,500,000");
        form.tab(F + "tab-outputs").submit(F + "addOutput");
        form.type(F + "outputs:0:title", "客語語音資料集").type(F + "outputs:0:licenceId", "CC-BY-4.0")
                .set(F + "outputs:0:plannedRelease", "2028-12-31")
                .type(F + "outputs:0:registry", "https://huggingface.co/datasets/example/hakka").type(F + "outputs:0:languages", "hak");
        form.tab(F + "tab-ethics").type(F + "communityConsent", "社群同意。")
                .type(F + "trainingDataRights", "全部自行錄製，說話者以 CC BY 4.0 授權。");
        form.submit("application:submit");
        assertTrue(browser.text("receipt-number").endsWith("-1"), browser.text("application:messages"));
        return wizardUrl;
    }
}
