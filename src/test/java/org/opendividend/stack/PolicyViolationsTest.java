package org.opendividend.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policy check of {@link Browser} on pages served here under a policy that allows scripts from this server only:
 * a page whose inline script the browser refuses fails the browser's close with the page and the refusal; a page
 * whose script comes from a file passes.
 */
class PolicyViolationsTest {

    private static LocalPages pages;

    @BeforeAll
    static void serve() {
        pages = new LocalPages()
                .page("/inline.html", "<script>document.title = 'ran';</script>")
                .page("/handler.html", "<button id=\"go\" onclick=\"document.title = 'ran'\">Go</button>")
                .page("/from-file.html", "<script src=\"/title.js\"></script>")
                .file("/title.js", "text/javascript", "document.title = 'ran';")
                .start();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    @Test
    void aRefusedInlineScriptFailsTheTestNamingThePage() {
        AssertionError failure = assertThrows(AssertionError.class, () -> {
            try (Browser browser = pages.browser()) {
                browser.open("/inline.html");
            }
        });
        assertTrue(failure.getMessage().contains("/inline.html") && failure.getMessage().contains("inline script"),
                failure.getMessage());
    }

    @Test
    void aRefusedInlineEventHandlerFailsTheTest() {
        AssertionError failure = assertThrows(AssertionError.class, () -> {
            try (Browser browser = pages.browser()) {
                browser.open("/handler.html").click("go");
            }
        });
        assertTrue(failure.getMessage().contains("/handler.html") && failure.getMessage().contains("event handler"),
                failure.getMessage());
    }

    @Test
    void aScriptFromAFileOfTheServerPasses() {
        assertDoesNotThrow(() -> {
            try (Browser browser = pages.browser()) {
                browser.open("/from-file.html");
                assertTrue(browser.driver().getTitle().equals("ran"), "the script ran");
            }
        });
    }
}
