package org.opendividend.applications.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.opendividend.applications.ApplicantApi;
import java.net.http.HttpResponse;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.applications.ApplicantApi.array;
import static org.opendividend.applications.ApplicantApi.object;

/**
 * The steps the workflow forbids, taken where a page still offers them: a tab left open while the application was
 * withdrawn in another one. Submitting, saving and withdrawing there are each refused with a translated message that
 * names the state and the step, on the same page, with what was typed still in the fields; so is an officer's
 * screening of an application withdrawn while the screening page was open. No error page, no incident (the stack
 * tests fail on any).
 */
@ExtendWith(RunningStack.class)
class ForbiddenStepsJourneyIT {

    private static final String F = ApplicantSteps.F;

    @Test
    void aStaleTabAfterWithdrawalIsToldWhatTheStateForbidsAndKeepsWhatWasTyped() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser("zh-TW")) {
            WebDriver driver = browser.driver();
            FormFilling form = new FormFilling(driver);
            ApplicantSteps.startApplication(browser, "applicant2", marker);
            String wizardUrl = driver.getCurrentUrl();
            form.type(F + "titleZhTw", "過時分頁 " + marker);
            form.submit("application:save");

            String stale = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(wizardUrl);
            browser.click("application:withdraw");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("application:confirm")));
            browser.click("application:confirm-yes");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "已撤回"));
            driver.close();
            driver.switchTo().window(stale);

            form.type(F + "abstractText", "在過時分頁寫的摘要。");
            form.submit("application:submit");
            assertRefused(browser, "狀態為「已撤回」時不能「提交」，未做任何變更。");
            assertEquals("在過時分頁寫的摘要。", form.value(F + "abstractText"), "what was typed is still on the screen");

            form.submit("application:save");
            assertRefused(browser, "狀態為「已撤回」時不能「儲存變更」，未做任何變更。");
            assertEquals("過時分頁 " + marker, form.value(F + "titleZhTw"));

            browser.click("application:withdraw");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("application:confirm")));
            browser.click("application:confirm-yes");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:messages"),
                    "時不能「撤回申請」"));
            assertRefused(browser, "狀態為「已撤回」時不能「撤回申請」，未做任何變更。");

            driver.get(wizardUrl);
            assertEquals("已撤回", browser.text("application-status"), "opened again, the page shows the state");
            assertEquals("過時分頁 " + marker, form.value(F + "titleZhTw"), "with what was saved before the withdrawal");
        }
    }

    @Test
    void anOfficersStaleScreeningPageIsToldTheApplicationWasWithdrawn() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        ApplicantApi api = applicant2();
        long id = submitted(api, marker);
        try (Browser officer = new Browser("zh-TW")) {
            officer.open("/officer/screen.xhtml?id=" + id);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-title")));
            assertEquals("已提交", officer.text("screen-status"));

            HttpResponse<String> withdrawn = api.withdraw(id, object(api.get(id)).getJsonNumber("version").longValue());
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());

            FormFilling screening = new FormFilling(officer.driver());
            screening.check("screening:outcome", "ELIGIBLE").type("screening:reason", "過時頁面的備註 " + marker);
            screening.submit("screening:save");
            String shown = officer.text("messages");
            assertTrue(shown.contains("狀態為「已撤回」時不能「資格符合」，未做任何變更。"), "the refusal, translated: " + shown);
            assertEquals("過時頁面的備註 " + marker, screening.value("screening:reason"), "what was typed is kept");
            assertTrue(officer.has("screen-title"), "on the screening page, not an error page");
            Pages.assertNoStackTrace(officer.driver().getPageSource());
        }
        assertEquals("WITHDRAWN", object(api.get(id)).getString("status"), "and nothing was screened");
    }

    /**
     * The same page posted twice (a double click, or a second tab opened before the first submitted): the first gives
     * the receipt, the second is told that it was submitted already, with that receipt, and creates no version.
     */
    @Test
    void submittingTheSamePageTwiceGivesOneVersionAndSaysSo() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        ApplicantApi api = applicant2();
        long id = api.prepareApplication(object(api.call(ApplicantSteps.OPEN_DEMO_CALL)), 2,
                "Submitted twice " + marker, "");
        String wizard = "/applicant/application.xhtml?id=" + id;
        try (Browser browser = new Browser("zh-TW")) {
            WebDriver driver = browser.driver();
            browser.open(wizard);
            browser.loginOnKeycloakPage("applicant2", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
            String firstPage = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            browser.open(wizard);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
            new FormFilling(driver).submit("application:submit");
            String receipt = browser.text("receipt-number");
            driver.close();
            driver.switchTo().window(firstPage);

            new FormFilling(driver).submit("application:submit");
            assertRefused(browser, "此申請已提交（收件編號 " + receipt + "），重複的提交沒有建立新版本。");
            assertEquals("已提交", browser.text("application-status"), "the page now shows the submitted state");
        }
        assertEquals(1, array(api.versions(id)).size(), "one version, not two");
    }

    /** The API as applicant2, logged in through Keycloak's page. */
    private static ApplicantApi applicant2() throws Exception {
        WebClient client = new WebClient("zh-TW");
        client.login("applicant2", "demo", "/applicant/");
        return new ApplicantApi(client, RunningStack.appUrl());
    }

    /** An application of applicant2 to the open demo call, complete and submitted through the API; its id. */
    private static long submitted(ApplicantApi api, String marker) throws Exception {
        long id = api.prepareApplication(object(api.call(ApplicantSteps.OPEN_DEMO_CALL)), 2, "Stale page " + marker, "");
        HttpResponse<String> receipt = api.submit(id, object(api.get(id)).getJsonNumber("version").longValue());
        assertEquals(201, receipt.statusCode(), receipt.body());
        return id;
    }

    private static void assertRefused(Browser browser, String message) {
        String shown = browser.text("application:messages");
        assertTrue(shown.contains(message), "the refusal, translated: " + shown);
        assertTrue(browser.has("wizard-title"), "on the wizard itself, not an error page");
        Pages.assertNoStackTrace(browser.driver().getPageSource());
    }
}
