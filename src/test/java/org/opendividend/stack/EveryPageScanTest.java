package org.opendividend.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility scan of {@link Browser} on pages served here, under a strict Content-Security-Policy like the
 * application's: a page with a serious violation fails the browser's close with the page, the rule and the element;
 * a page without one passes.
 */
class EveryPageScanTest {

    private static LocalPages pages;

    @BeforeAll
    static void serve() {
        pages = new LocalPages()
                .page("/unnamed-image.html", "<img id=\"logo\" src=\"/logo.png\">")
                .page("/named-image.html", "<img id=\"logo\" src=\"/logo.png\" alt=\"Open Dividend\">")
                .start();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    @Test
    void aPageWithASeriousViolationFailsTheTestNamingPageRuleAndElement() {
        AssertionError failure = assertThrows(AssertionError.class, () -> {
            try (Browser browser = pages.browser()) {
                browser.open("/unnamed-image.html");
            }
        });
        assertTrue(failure.getMessage().contains("/unnamed-image.html: image-alt (critical)")
                && failure.getMessage().contains("#logo"), failure.getMessage());
    }

    @Test
    void aPageWithoutOnePasses() {
        assertDoesNotThrow(() -> {
            try (Browser browser = pages.browser()) {
                browser.open("/named-image.html");
            }
        });
    }
}
