package org.opendividend.stack;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * The Content-Security-Policy violations on the application's pages, as Chromium reports them in its console
 * ("Executing inline script violates the following Content Security Policy directive ..."; older versions began
 * with "Refused to execute"; both name the policy, and the message begins with the address of the page or file).
 * The browser enforces the policy silently otherwise: a refused script is a button that does nothing, which a test
 * may not notice. Chromium's console is read through the driver's log of type {@code browser}, which keeps what was
 * logged until it is read; reports from other origins (Keycloak's pages) are not the application's.
 */
final class PolicyViolations {

    private final Supplier<String> appUrl;
    private final Set<String> found = new LinkedHashSet<>();

    PolicyViolations(Supplier<String> appUrl) {
        this.appUrl = appUrl;
    }

    /** What a browser must be started with so that its console can be read. */
    static LoggingPreferences consoleLogged() {
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        return logging;
    }

    /** Reads what the console logged since the last reading; {@code browser}: the undecorated driver. */
    void read(WebDriver browser) {
        try {
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                String message = entry.getMessage();
                if (message.contains("Content Security Policy") && message.startsWith(appUrl.get())) {
                    found.add(message.substring(appUrl.get().length()));
                }
            }
        } catch (WebDriverException betweenPages) {
            // the log is kept by the driver: what was not read now is read the next time
        }
    }

    /** Fails with every violation reported. */
    void assertNone() {
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " Content-Security-Policy violation(s) in the browser's console:\n  "
                    + String.join("\n  ", found));
        }
    }
}
