package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start of the review journey (issue #10): an officer invites an address nobody uses yet; Keycloak mails its own
 * "set your password" link to the stack's mail catcher (the realm's SMTP server); the new reviewer follows it in the
 * browser, sets a password, completes what Keycloak asks at a first login, and lands in the reviewers' area logged in.
 */
@ExtendWith(RunningStack.class)
class FirstReviewerLoginJourneyIT {

    /** Keycloak's link that runs an account's required actions ({@code …/login-actions/action-token?key=…}). */
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");
    private static final String PASSWORD = "Reviewer-first-login-42";
    /** The name Keycloak asks a new account for at its first login (the invitation knows only the address). */
    private static final String FAMILY_NAME = "陳";
    private static final String GIVEN_NAME = "淑惠";

    @Test
    void anInvitedReviewerSetsAPasswordFromKeycloaksMailAndLandsInTheReviewersArea() throws Exception {
        String fresh = "first-login-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser officer = new Browser("zh-TW")) {
            officer.open("/officer/reviewers.xhtml");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            assertTrue(officer.text("pool-title").contains("文化部"), officer.text("pool-title"));
            new FormFilling(officer.driver()).type("invite:email", fresh).submit("invite:send");
            assertTrue(officer.text("page-messages").contains("已邀請 " + fresh), officer.text("page-messages"));
        }

        try (Browser reviewer = new Browser("zh-TW")) {
            String link = reviewer.waiting().until(d -> actionLink(RunningStack.stack().mails().textsFor(fresh)));
            assertTrue(link.startsWith(RunningStack.keycloakUrl()), "Keycloak's own link: " + link);
            reviewer.driver().get(link);
            firstLogin(reviewer, fresh);

            assertTrue(reviewer.driver().getCurrentUrl().startsWith(RunningStack.appUrl() + "/reviewer/"),
                    reviewer.driver().getCurrentUrl());
            assertEquals(FAMILY_NAME + GIVEN_NAME, reviewer.text("user-name"), "logged in as the invited person");
            assertTrue(reviewer.has("logout"));
        }
    }

    /** The link of Keycloak's mail among the address's mails (the application's invitation has none), once it came. */
    private static String actionLink(List<String> mails) {
        return mails.stream().map(ACTION_LINK::matcher).filter(Matcher::find).map(Matcher::group).findFirst().orElse(null);
    }

    /**
     * Walks Keycloak's pages until the reviewers' area: the page that lists the actions ("click here to proceed"),
     * the new password, the profile Keycloak may ask a nameless account for, the "back to the application" link, and
     * a login with the new password if Keycloak did not log the reviewer in itself.
     */
    private static void firstLogin(Browser reviewer, String email) {
        WebDriver driver = reviewer.driver();
        for (int step = 0; step < 8; step++) {
            if (driver.getCurrentUrl().startsWith(RunningStack.appUrl() + "/reviewer/")) {
                return;
            }
            WebElement page = driver.findElement(By.tagName("html"));
            if (present(driver, "password-new").isPresent()) {
                driver.findElement(By.id("password-new")).sendKeys(PASSWORD);
                driver.findElement(By.id("password-confirm")).sendKeys(PASSWORD);
                submit(driver);
            } else if (present(driver, "firstName").isPresent()) {
                driver.findElement(By.id("firstName")).sendKeys(GIVEN_NAME);
                driver.findElement(By.id("lastName")).sendKeys(FAMILY_NAME);
                submit(driver);
            } else if (present(driver, "username").isPresent() && present(driver, "password").isPresent()) {
                reviewer.loginOnKeycloakPage(email, PASSWORD);
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

    private static Optional<WebElement> present(WebDriver driver, String id) {
        return driver.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst();
    }

    private static void submit(WebDriver driver) {
        driver.findElement(By.cssSelector("form [type=submit]")).click();
    }
}
