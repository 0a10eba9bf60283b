package org.opendividend.stack;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.events.WebDriverListener;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Scans every page of the application a browser test lands on with {@link AxeCore}, so that no journey can pass over
 * a page with a serious or critical accessibility violation. Listening to every call a test makes on its browser,
 * it recognises a new document (one not yet marked as scanned) once it has loaded, and scans it; pages of other
 * origins (Keycloak's login) and downloads are not the application's. The violations are collected and asserted
 * when the browser closes, with the page, the rule, the elements and why.
 */
final class EveryPageScan implements WebDriverListener {

    /** The address of a loaded, not yet scanned page of the application, which it marks as scanned; else null. */
    private static final String NEW_PAGE = """
            if (document.readyState !== 'complete' || window.__opendividendScanned
                    || !location.href.startsWith(arguments[0]) || document.contentType !== 'text/html') {
                return null;
            }
            window.__opendividendScanned = true;
            return location.href;
            """;

    private final JavascriptExecutor page;
    private final Supplier<String> appUrl;
    private final Set<String> violations = new LinkedHashSet<>();

    /** {@code page}: the undecorated driver, so that the scan's own scripts are not listened to. */
    EveryPageScan(JavascriptExecutor page, Supplier<String> appUrl) {
        this.page = page;
        this.appUrl = appUrl;
    }

    @Override
    public void afterAnyCall(Object target, Method method, Object[] args, Object result) {
        boolean ending = target instanceof WebDriver && ("quit".equals(method.getName()) || "close".equals(method.getName()));
        if (!ending) {
            scanIfNew();
        }
    }

    /** Scans the page the browser shows if it is a new one; a page still loading is scanned at a later call. */
    void scanIfNew() {
        String url;
        try {
            url = (String) page.executeScript(NEW_PAGE, appUrl.get());
        } catch (WebDriverException betweenPages) {
            return; // the document is being replaced (or a dialog is open): the next call looks again
        }
        if (url != null) {
            scan(url);
        }
    }

    /** Scans the page the test ends on, once it has loaded (the last click may have left it loading). */
    void scanLastPage() {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        try {
            while (Instant.now().isBefore(until) && !loaded()) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scanIfNew();
    }

    private boolean loaded() {
        try {
            return "complete".equals(page.executeScript("return document.readyState;"));
        } catch (WebDriverException betweenPages) {
            return false;
        }
    }

    private void scan(String url) {
        String where = url.substring(appUrl.get().length());
        try {
            AxeCore.seriousViolations(page).forEach(v -> violations.add(where + ": " + v));
        } catch (WebDriverException e) {
            if (stillOn(url)) { // a scan that failed on a page still shown is a failure; one cut short by a new page is not
                violations.add(where + ": axe-core did not finish: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
    }

    private boolean stillOn(String url) {
        try {
            return Boolean.TRUE.equals(page.executeScript(
                    "return window.__opendividendScanned === true && location.href === arguments[0];", url));
        } catch (WebDriverException betweenPages) {
            return false;
        }
    }

    /** Fails with every violation found on the pages scanned. */
    void assertNoViolation() {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " serious or critical accessibility violation(s) (axe-core) on the pages visited:\n  "
                    + String.join("\n  ", violations));
        }
    }
}
