package org.opendividend.applications.boundary;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opendividend.applications.control.Countdown;
import org.opendividend.stack.Browser;
import org.opendividend.stack.DemoCalls;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the applicant dashboard ({@code /applicant/}) in browser tests. */
public final class Dashboard {

    /** One application's row, as the person reads it. */
    public record Row(String text, String state, String nextStep, String closesAt, String countdown) {
    }

    private Dashboard() {
    }

    /** The row of the application whose title carries the marker; the browser must be on the dashboard. */
    public static Row row(Browser browser, String marker) {
        List<WebElement> rows = browser.driver().findElements(
                By.xpath("//table[@id='my-applications']/tbody/tr[contains(., '" + marker + "')]"));
        assertEquals(1, rows.size(), "one row for " + marker + " on the dashboard: " + browser.driver().findElement(By.tagName("main")).getText());
        WebElement row = rows.get(0);
        return new Row(row.getText(), cell(row, "od-status"), cell(row, "od-next-step"), cell(row, "od-closes"),
                cell(row, "od-countdown"));
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.className(cssClass)).getText().strip();
    }

    /**
     * The countdown shows days and hours (the pattern's two groups) and agrees with the time left to demo call 1001 on
     * this machine's clock, which the server shares; an hour's leeway for a render on the turn of the hour.
     */
    public static void assertCountdown(String shown, String pattern) throws java.io.IOException, InterruptedException {
        Matcher matcher = Pattern.compile(pattern).matcher(shown);
        assertTrue(matcher.matches(), "countdown '" + shown + "' does not read like " + pattern);
        long shownHours = Long.parseLong(matcher.group(1)) * 24 + Long.parseLong(matcher.group(2));
        Countdown expected = Countdown.until(DemoCalls.closesAt(ApplicantSteps.OPEN_DEMO_CALL), Instant.now());
        assertEquals(Countdown.DAYS, expected.key(), "the demo call is more than a day from closing: " + expected);
        long expectedHours = expected.arguments().get(0) * 24 + expected.arguments().get(1);
        assertTrue(Math.abs(shownHours - expectedHours) <= 1, "countdown '" + shown + "', expected " + expected);
    }
}
