package org.opendividend.stack;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Checks that hold for every page a person can be shown. */
public final class Pages {

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    private Pages() {
    }

    /** No stack trace, however an error was shown. */
    public static void assertNoStackTrace(String html) {
        assertFalse(STACK_FRAME.matcher(html).find(), "a stack frame reached the page");
        assertFalse(html.contains("Caused by:"), "a stack trace reached the page");
    }
}
