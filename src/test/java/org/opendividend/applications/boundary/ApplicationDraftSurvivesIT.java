package org.opendividend.applications.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nothing typed is lost when the browser closes: the wizard saves a moment after each change, so an applicant who
 * closes the browser without saving finds their text again after logging in anew.
 */
@ExtendWith(RunningStack.class)
class ApplicationDraftSurvivesIT {

    private static final String F = "application:sections:";

    @Test
    void whatWasTypedSurvivesClosingTheBrowserWithoutSaving() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "未儲存就關閉瀏覽器 " + marker;
        String applicationUrl;
        try (Browser first = new Browser("zh-TW")) {
            ApplicantSteps.startApplication(first, "applicant", marker);
            applicationUrl = first.driver().getCurrentUrl();
            new FormFilling(first.driver()).type(F + "titleZhTw", title).type(F + "titleEn", "Closed unsaved " + marker);
            first.driver().findElement(By.id(F + "titleEn")).sendKeys(org.openqa.selenium.Keys.TAB);
            first.waiting().until(ExpectedConditions.textToBe(By.id("application:autosave-status"), "已自動儲存。"));
        } // the browser closes here, nothing was saved by hand

        try (Browser second = new Browser("zh-TW")) {
            second.driver().get(applicationUrl);
            second.loginOnKeycloakPage("applicant", "demo");
            second.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
            FormFilling form = new FormFilling(second.driver());
            assertEquals(title, form.value(F + "titleZhTw"));
            assertEquals("Closed unsaved " + marker, form.value(F + "titleEn"));
        }
    }
}
