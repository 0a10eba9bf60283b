package org.opendividend.review.boundary;

import org.opendividend.applications.boundary.ApplicantSteps;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people do in the review's browser tests: an applicant unrelated to the demo reviewers submits, the officer screens
 * it eligible; a reviewer's first login from Keycloak's mail, the dashboard and the review form's confirmation.
 */
final class ReviewSteps {

    /** Keycloak's link that runs an account's required actions ({@code …/login-actions/action-token?key=…}). */
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");
    static final String F = "review:";
    private static final String APPLICATION = "application:sections:";
    /** A valid ORCID iD nobody of the demo pool collaborated with (the wizard steps' own is a demo collaborator's). */
    private static final String UNRELATED_ORCID = "0000-0003-1415-9269";

    private ReviewSteps() {
    }

    /** The link of Keycloak's mail among an address's mails (the application's invitation has none), once it came. */
    static String actionLink(List<String> mails) {
        return mails.stream().map(ACTION_LINK::matcher).filter(Matcher::find).map(Matcher::group).findFirst().orElse(null);
    }

    /**
     * Walks Keycloak's pages from its mail's link until the reviewers' area: the page that lists the actions ("click
     * here to proceed"), the new password, the name Keycloak asks a nameless account for, the "back to the
     * application" link, and a login with the new password if Keycloak did not log the reviewer in itself.
     */
    static void firstLogin(Browser reviewer, String email, String password, String givenName, String familyName) {
        WebDriver driver = reviewer.driver();
        for (int step = 0; step < 8; step++) {
            if (driver.getCurrentUrl().startsWith(RunningStack.appUrl() + "/reviewer/")) {
                return;
            }
            WebElement page = driver.findElement(By.tagName("html"));
            if (present(driver, "password-new").isPresent()) {
                driver.findElement(By.id("password-new")).sendKeys(password);
                driver.findElement(By.id("password-confirm")).sendKeys(password);
                submit(driver);
            } else if (present(driver, "firstName").isPresent()) {
                driver.findElement(By.id("firstName")).sendKeys(givenName);
                driver.findElement(By.id("lastName")).sendKeys(familyName);
                submit(driver);
            } else if (present(driver, "username").isPresent() && present(driver, "password").isPresent()) {
                reviewer.loginOnKeycloakPage(email, password);
                continue;
            } else if (!driver.findElements(By.cssSelector("a[href*='/reviewer/']")).isEmpty()) {
                driver.findElement(By.cssSelector("a[href*='/reviewer/']")).click();
            } else if (!driver.findElements(By.cssSelector("a[href*='login-actions']")).isEmpty()) {
                driver.findElement(By.cssSelector("a[href*='login-actions']")).click();
            } else {
                throw new AssertionError("an unexpected page on the way to the first login: " + driver.getCurrentUrl()
                        + "\n" + driver.findElement(By.tagName("body")).getText());
            }
            reviewer.waiting().until(ExpectedConditions.stalenessOf(page));
        }
        throw new AssertionError("not in the reviewers' area after Keycloak's pages: " + driver.getCurrentUrl());
    }

    /**
     * A new applicant, registered with an address outside the demo realm's mail domain (which all demo reviewers
     * share) and with a team member nobody of the demo pool collaborated with, submits to demo call 1001.
     */
    static void submitUnrelated(Browser applicant, String marker) throws Exception {
        FormFilling form = new FormFilling(applicant.driver());
        ApplicantSteps.startApplicationRegistering(applicant, "applicant-" + marker, "applicant-" + marker + "@example.org",
                marker);
        ApplicantSteps.fillEverySection(applicant, marker);
        form.tab(APPLICATION + "tab-team").type(APPLICATION + "team:0:orcid", UNRELATED_ORCID);
        form.tab(APPLICATION + "tab-questions");
        ApplicantSteps.choose(applicant, ApplicantSteps.MULTIPLE_CHOICE, "語音辨識");
        form.submit("application:submit");
        assertTrue(applicant.text("receipt-number").endsWith("-1"), applicant.text("application:messages"));
    }

    /** The Ministry of Culture's officer, logged in, screens the application with the marker eligible. */
    static void screenEligible(Browser officer, String marker) {
        officer.click("area-screening");
        officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screening-title")));
        officer.driver().findElement(By.xpath("//tbody[@id='screening:submissions_data']/tr[contains(., '" + marker
                + "')]")).findElement(By.className("screen-link")).click();
        officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-title")));
        new FormFilling(officer.driver()).check("screening:outcome", "ELIGIBLE").submit("screening:save");
        assertEquals("en".equals(officer.lang()) ? "Eligible" : "資格審查通過", officer.text("screen-status"));
    }

    /** The dashboard's row of the application whose title holds the marker. */
    static WebElement assignmentRow(Browser browser, String marker) {
        try {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assignments")));
        } catch (org.openqa.selenium.TimeoutException noTable) {
            throw new AssertionError("no assignments at " + browser.driver().getCurrentUrl() + ":\n"
                    + browser.driver().findElement(By.tagName("body")).getText(), noTable);
        }
        return browser.driver().findElement(By.xpath("//table[@id='assignments']//tr[contains(., '" + marker + "')]"));
    }

    /** Answers the question of the review's confirmation dialog with yes. */
    static void confirm(Browser browser, String question) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(F + "confirm")));
        assertTrue(browser.text(F + "confirm").contains(question), browser.text(F + "confirm"));
        new FormFilling(browser.driver()).submit(F + "confirm-yes");
    }

    private static Optional<WebElement> present(WebDriver driver, String id) {
        return driver.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst();
    }

    private static void submit(WebDriver driver) {
        driver.findElement(By.cssSelector("form [type=submit]")).click();
    }

    /** The HTTP status a demo person (password "demo", logged in from their landing page) gets for a page of the application. */
    static int statusOf(String page, String username, String landing) throws Exception {
        return WebClient.statusOf(page, username, landing);
    }
}
