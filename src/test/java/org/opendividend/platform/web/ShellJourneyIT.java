package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opendividend.stack.Browser;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user journeys of the shell in a real browser against the real Keycloak login page: each person sees only
 * the menu of their roles, is refused another role's area, switches language, and logs out of both the
 * application and Keycloak.
 */
@ExtendWith(RunningStack.class)
class ShellJourneyIT {

    @Test
    void anApplicantSeesOnlyTheirMenuIsRefusedTheOfficerAreaSwitchesLanguageAndLogsOut() throws Exception {
        try (Browser browser = new Browser("zh-TW")) {
            browser.open("/");
            assertEquals("zh-TW", browser.lang());
            browser.click("login");
            browser.loginOnKeycloakPage("applicant", "demo");

            assertEquals(RunningStack.appUrl() + "/applicant/", browser.driver().getCurrentUrl());
            assertEquals("申請人專區", browser.text("area-title"));
            assertEquals("陳怡君", browser.text("user-name"));
            assertTrue(browser.has("nav-applicant"));
            for (String other : new String[] {"nav-reviewer", "nav-officer", "nav-approver", "nav-finance", "nav-fund-admin"}) {
                assertFalse(browser.has(other), other + " must not be offered to an applicant");
            }

            browser.open("/officer/");
            assertEquals("沒有存取權限", browser.text("error-title"));
            Pages.assertNoStackTrace(browser.driver().getPageSource());

            browser.open("/applicant/");
            browser.click("lang-en");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("area-title"), "Applicant area"));
            assertEquals("en", browser.lang());
            assertEquals("Applicant", browser.driver().findElement(By.id("nav-applicant")).getText());
            browser.click("lang-zh");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("area-title"), "申請人專區"));

            browser.click("logout");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("landing-title")));
            assertEquals(RunningStack.appUrl() + "/", browser.driver().getCurrentUrl());
            assertTrue(browser.has("login"), "logged out: the login link is back");
            assertFalse(browser.has("user-name"));

            // the Keycloak session ended too: the area asks for a password again instead of logging straight in
            browser.open("/applicant/");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(browser.driver().getCurrentUrl().startsWith(RunningStack.keycloakUrl()));
        }
    }

    @Test
    void anOfficerSeesTheirAreaAndMinistryButNoApplicantMenu() throws Exception {
        try (Browser browser = new Browser("en")) {
            browser.open("/officer/");
            browser.loginOnKeycloakPage("officer.moc", "demo");
            assertEquals(RunningStack.appUrl() + "/officer/", browser.driver().getCurrentUrl(),
                    "back at the page that asked for the login");
            assertEquals("Officer area", browser.text("area-title"));
            assertEquals("Ministry of Culture", browser.text("whoami-ministries"));
            assertTrue(browser.has("nav-officer"));
            assertFalse(browser.has("nav-applicant"));
            assertFalse(browser.has("nav-fund-admin"));

            browser.open("/admin/");
            assertEquals("Access denied", browser.text("error-title"));
        }
    }

    @Test
    void theFundAdminSeesARefusalWritesACheckpointAndVerifiesTheAuditChainFromTheDashboard() throws Exception {
        try (Browser officer = new Browser("en")) {
            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.open("/admin/");
            assertEquals("Access denied", officer.text("error-title"));
        }
        try (Browser browser = new Browser("en")) {
            browser.open("/admin/");
            browser.loginOnKeycloakPage("admin", "demo");
            assertEquals("Fund administration", browser.text("area-title"));
            List<String> rows = browser.driver().findElements(By.cssSelector("[id='audit-form:audit-entries'] tbody tr"))
                    .stream().map(WebElement::getText).toList();
            assertTrue(rows.stream().anyMatch(row -> row.contains("張家豪") && row.contains("Access refused")
                    && row.contains("/admin/") && row.contains("denied.role.fund-admin")), "the officer's refusal: " + rows);
            List<String> actions = browser.driver().findElements(
                    By.cssSelector("[id='audit-form:audit-entries'] tbody tr td:nth-child(5)")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(actions.stream().noneMatch(a -> a.matches("[A-Z_]+")), "every action by its label: " + actions);

            browser.click("audit-form:checkpoint-now");
            browser.waiting().until(ExpectedConditions.textMatches(By.id("checkpoint-text"),
                    java.util.regex.Pattern.compile("Last checkpoint: no\\. \\d+, entry \\d+, signed at .*")));
            assertTrue(browser.text("checkpoint-text").endsWith(
                    "Its signature is valid and the chain still has this entry unchanged."), browser.text("checkpoint-text"));

            browser.click("audit-form:verify");
            String verdict = browser.text("verdict-text");
            assertTrue(verdict.startsWith("The audit chain is intact"), verdict);
            assertTrue(browser.driver().findElements(By.cssSelector("[id='audit-form:audit-entries'] tbody tr td")).size() > 1,
                    "the latest entries are listed");
        }
    }

    @Test
    void aFormPostedAfterItsViewExpiredGetsAClearPageAndAWayBack() throws Exception {
        try (Browser browser = new Browser("en")) {
            browser.open("/admin/");
            browser.loginOnKeycloakPage("admin", "demo");
            // what a server restart or a long pause does to a view: its saved state is no longer known
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = 'expired');");
            browser.click("audit-form:verify");
            assertEquals("Page expired", browser.text("error-title"));
            Pages.assertNoStackTrace(browser.driver().getPageSource());
            assertTrue(browser.has("error-home"));
        }
    }
}
