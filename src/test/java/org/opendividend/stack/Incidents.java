package org.opendividend.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incidents the application logged while a stack test ran: every unexpected exception is logged at SEVERE as
 * {@code incident <id>} (REST: {@code UnexpectedErrorMapper}, pages: {@code ErrorView}), so a test that did not
 * provoke one on purpose ({@link #expect}) fails with the incidents it caused, found in the stack's
 * {@code payara.log}. {@link RunningStack} checks after every test.
 */
public final class Incidents {

    /** Both loggers' forms: {@code incident 46a61840-219d-…} and {@code incident ac1126cf at /path}. */
    static final Pattern INCIDENT = Pattern.compile("\\bincident ([0-9a-f]{8}(?:-[0-9a-f]{4}){0,3}(?:-[0-9a-f]{12})?)\\b(.*)");

    private static long offset;
    private static int expected;

    private Incidents() {
    }

    /** Called by a test that provokes faults on purpose (an incident is what it checks), before it does. */
    public static void expect(int count) {
        expected += count;
    }

    /** Starts watching the log from its current end, expecting nothing. */
    static synchronized void mark(Path log) throws IOException {
        offset = Files.exists(log) ? Files.size(log) : 0;
        expected = 0;
    }

    /** The incident lines logged since {@link #mark}, after the log has been still for a moment. */
    static synchronized List<String> loggedSinceMark(Path log) throws IOException, InterruptedException {
        if (!Files.exists(log)) {
            return List.of();
        }
        long size = -1;
        for (int i = 0; i < 10 && size != Files.size(log); i++) {
            size = Files.size(log);
            Thread.sleep(100);
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            byte[] bytes = new byte[(int) Math.max(0, length - offset)];
            file.seek(Math.min(offset, length));
            file.readFully(bytes);
            return incidents(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** The incident lines in a piece of log text. */
    static List<String> incidents(String logText) {
        return logText.lines().map(INCIDENT::matcher).filter(Matcher::find).map(m -> m.group().strip()).toList();
    }

    /** What fails the test: the incidents beyond those it expected, or {@code null}. */
    static String unexpected(List<String> logged) {
        int count = expected;
        expected = 0;
        if (logged.size() <= count) {
            return null;
        }
        return "the application logged " + logged.size() + " incident(s) where the test expected " + count
                + " (see payara.log for the stack traces): " + logged;
    }
}
