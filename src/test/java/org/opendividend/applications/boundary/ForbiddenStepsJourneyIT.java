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

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps the workflow forbids, taken where a page still offers them: a tab left open while the application was
 * withdrawn in another one. Submitting, saving and withdrawing there are each refused with a translated message that
 * names the state and the step, on the same page, with what was typed still in the fields; no error page, no
 * incident (the stack test fails on any).
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

    private static void assertRefused(Browser browser, String message) {
        String shown = browser.text("application:messages");
        assertTrue(shown.contains(message), "the refusal, translated: " + shown);
        assertTrue(browser.has("wizard-title"), "on the wizard itself, not an error page");
        Pages.assertNoStackTrace(browser.driver().getPageSource());
    }
}
