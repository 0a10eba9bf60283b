package org.opendividend.benchmark;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Java Flight Recorder recording of the application server during a rush ({@code jcmd JFR.start/JFR.dump} on its
 * process), and what it says: where the CPU went (execution samples, by the library or our component whose code
 * ran, and by method) and how long the server waited for the disk (fsync).
 */
final class FlightRecording {

    private static final String NAME = "deadline-rush";
    private final long pid;
    private final Path file;

    private FlightRecording(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    static FlightRecording start(long pid, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        // the "profile" settings sample every 10 ms (the default every 20 ms) and record fsyncs over 10 ms; they also
        // cost the server several times its CPU, so -Dbench.jfr-settings=<a .jfc file> can name lighter ones
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=" + System.getProperty("bench.jfr-settings", "profile"));
        return new FlightRecording(pid, file);
    }

    /** Writes the recording to its file and ends it. */
    Path stop() throws IOException, InterruptedException {
        jcmd(pid, "JFR.dump", "name=" + NAME, "filename=" + file.toAbsolutePath());
        jcmd(pid, "JFR.stop", "name=" + NAME);
        return file;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + output);
        }
    }

    /** The largest costs in a recording, as Markdown. */
    static String costs(Path recording, int top) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        List<RecordedStackTrace> samples = events.stream().filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample"))
                .map(RecordedEvent::getStackTrace).filter(s -> s != null && !s.getFrames().isEmpty()).toList();
        Duration fsync = events.stream().filter(e -> e.getEventType().getName().equals("jdk.FileForce"))
                .map(RecordedEvent::getDuration).reduce(Duration.ZERO, Duration::plus);
        long fsyncs = events.stream().filter(e -> e.getEventType().getName().equals("jdk.FileForce")).count();
        StringBuilder md = new StringBuilder();
        md.append(String.format("CPU samples: %d (jdk.ExecutionSample); fsync calls over 10 ms: %d, %.1f s in total%n%n",
                samples.size(), fsyncs, fsync.toMillis() / 1000.0));
        md.append(table("where the CPU went (the library or component whose code ran, past the JDK's plumbing)", samples,
                FlightRecording::area, top));
        md.append(table("methods that ran (self time)", samples, s -> method(s.getFrames().get(0)), top));
        md.append(table("our code on the stack (inclusive: the innermost frame of org.opendividend)", samples,
                FlightRecording::innermostOwnFrame, top));
        md.append(waits(events, top));
        return md.toString();
    }

    private static final List<String> WAITS = List.of("jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait");

    /**
     * Where request threads waited (parked, blocked on a monitor or waiting on one), in seconds summed over threads,
     * by the first two frames past the JDK; an idle worker waiting for a request is not a cost and is left out.
     */
    private static String waits(List<RecordedEvent> events, int top) {
        Map<String, Duration> waited = new HashMap<>();
        for (RecordedEvent e : events) {
            if (!WAITS.contains(e.getEventType().getName()) || e.getStackTrace() == null || e.getThread() == null
                    || e.getThread().getJavaName() == null || !e.getThread().getJavaName().startsWith("http-thread-pool")) {
                continue;
            }
            String where = e.getStackTrace().getFrames().stream().map(FlightRecording::method)
                    .filter(m -> !m.startsWith("java.") && !m.startsWith("jdk.") && !m.startsWith("sun."))
                    .limit(2).collect(Collectors.joining(" ← "));
            if (!where.contains("getTask")) {
                waited.merge(where, e.getDuration(), Duration::plus);
            }
        }
        StringBuilder md = new StringBuilder("| where request threads waited (first frames past the JDK) | seconds, summed over threads |\n|---|---|\n");
        waited.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(top)
                .forEach(e -> md.append(String.format("| `%s` | %.1f |%n", e.getKey(), e.getValue().toMillis() / 1000.0)));
        return md.append('\n').toString();
    }

    private static String table(String title, List<RecordedStackTrace> samples, Function<RecordedStackTrace, String> key, int top) {
        Map<String, Long> counts = samples.stream().collect(Collectors.groupingBy(key, HashMap::new, Collectors.counting()));
        StringBuilder md = new StringBuilder("| " + title + " | share of CPU samples |\n|---|---|\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> md.append(String.format("| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / samples.size())));
        return md.append('\n').toString();
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /**
     * Whose work a sample is: the package of the innermost frame that is not the JDK's plumbing (collections,
     * invocation, I/O streams), cut to the library: a SHA-256 round is {@code sun.security.provider}, not the
     * VarHandle it runs in; a Hibernate flush is {@code org.hibernate.engine}, not the HashMap it fills.
     */
    static String area(RecordedStackTrace stack) {
        return stack.getFrames().stream().map(f -> f.getMethod().getType().getName())
                .filter(type -> PLUMBING.stream().noneMatch(type::startsWith))
                .findFirst().map(FlightRecording::area).orElse("(JDK only)");
    }

    private static final List<String> PLUMBING = List.of("java.lang.", "java.util.", "java.io.", "jdk.internal.",
            "java.nio.", "sun.nio.", "java.text.", "java.time.");

    static String area(String className) {
        String[] parts = className.split("\\.");
        int depth = className.startsWith("org.opendividend.") ? 3 : Math.min(3, parts.length - 1);
        return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, depth)));
    }

    private static String innermostOwnFrame(RecordedStackTrace stack) {
        return stack.getFrames().stream().filter(f -> f.getMethod().getType().getName().startsWith("org.opendividend."))
                .findFirst().map(FlightRecording::method).orElse("(none: the server's own work)");
    }
}
