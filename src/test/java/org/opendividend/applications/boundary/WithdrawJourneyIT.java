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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Withdrawing in a real browser: the wizard asks for confirmation; a change made meanwhile in another window stops
 * the withdrawal with a translated message and keeps what was typed; withdrawing the current state then shows the
 * application as withdrawn, read only, on the wizard and on the dashboard (with no next step).
 */
@ExtendWith(RunningStack.class)
class WithdrawJourneyIT {

    private static final String F = ApplicantSteps.F;

    @Test
    void aChangeInAnotherWindowStopsTheWithdrawalThenTheApplicantWithdrawsAndCanNoLongerEdit() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser("zh-TW")) {
            WebDriver driver = browser.driver();
            FormFilling form = new FormFilling(driver);
            ApplicantSteps.startApplication(browser, "applicant2", marker);
            String wizardUrl = driver.getCurrentUrl();
            assertTrue(browser.has("application:withdraw"), "a draft can be withdrawn by its writers");
            form.type(F + "titleZhTw", "撤回測試 " + marker).type(F + "titleEn", "Withdrawal test " + marker);
            form.submit("application:save");

            // a second window on the same application saves a change: this window's version is now behind
            String first = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(wizardUrl);
            form.type(F + "abstractText", "在另一個視窗寫的摘要。");
            form.submit("application:save");
            assertTrue(browser.text("application:messages").contains("已儲存"), browser.text("application:messages"));
            driver.close();
            driver.switchTo().window(first);

            form.type(F + "durationMonths", "18");
            browser.click("application:withdraw");
            confirm(browser);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:messages"),
                    "已在其他視窗或由其他成員更新"));
            assertEquals("草稿（尚未提交）", browser.text("application-status"), "nothing was withdrawn");
            assertEquals("18", form.value(F + "durationMonths"), "what was typed is still on the screen");
            assertEquals("撤回測試 " + marker, form.value(F + "titleZhTw"));
            Pages.assertNoStackTrace(driver.getPageSource());

            // the current state, opened again: the other window's change is there, and now the withdrawal goes through
            driver.get(wizardUrl);
            assertEquals("在另一個視窗寫的摘要。", form.value(F + "abstractText"));
            browser.click("application:withdraw");
            confirm(browser);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "已撤回"));
            assertTrue(browser.text("application:messages").contains("申請案已撤回。"), browser.text("application:messages"));
            assertTrue(browser.text("withdrawn-note").contains("無法再修改或提交"), browser.text("withdrawn-note"));
            for (String gone : new String[]{"application:save", "application:check", "application:submit", "application:withdraw"}) {
                assertFalse(browser.has(gone), gone + " is no longer offered");
            }
            assertFalse(driver.findElement(By.id(F + "titleZhTw")).isEnabled(), "the fields are read only");
            assertEquals("撤回測試 " + marker, form.value(F + "titleZhTw"), "and still show what was written");
            assertEquals("", driver.findElement(By.id("next-step")).getText(), "a withdrawn application has no next step");
            Pages.assertNoStackTrace(driver.getPageSource());

            browser.open("/applicant/");
            Dashboard.Row row = Dashboard.row(browser, marker);
            assertEquals("已撤回", row.state());
            assertEquals("", row.nextStep());
        }
    }

    /** Answers yes in the wizard's confirmation dialog, after checking that it asks in the page's language. */
    private static void confirm(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("application:confirm")));
        String asked = browser.text("application:confirm");
        assertTrue(asked.contains("確定撤回申請案？") && asked.contains("無法復原"), asked);
        browser.click("application:confirm-yes");
    }
}
