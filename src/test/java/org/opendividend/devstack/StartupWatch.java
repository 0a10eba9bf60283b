package org.opendividend.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a stack's start is watched until it is ready ({@link DevStack}): Keycloak when its realm answers; the application
 * when Payara has logged that the WAR is deployed and then {@code /health/ready} reports each of the application's
 * own checks UP by name. A process that ends, or a deployment that fails, stops the wait at once with the log's tail.
 */
final class StartupWatch {

    /**
     * What Payara logs when the WAR cannot be deployed ("loading" when the application fails to start, "preparing"
     * when its persistence unit does, as a production start without its secrets); it then keeps running without it.
     */
    static final java.util.regex.Pattern DEPLOYMENT_FAILED = java.util.regex.Pattern.compile("Exception while (loading|preparing) the app");
    /**
     * What Payara Micro logs once every archive is deployed ("Payara Micro 6.2025.10 (build 42) ready in 38,920
     * (ms)"). Before it, the HTTP listener already routes requests into the WAR while its listeners are still being
     * registered (a request then failed with a ConcurrentModificationException and an empty 500), and
     * {@code /health/ready} already runs the application's checks.
     */
    static final java.util.regex.Pattern PAYARA_READY = java.util.regex.Pattern.compile("Payara Micro .* ready in [0-9,.]+ \\(ms\\)");
    /**
     * How long Keycloak, and then the application, may take to be ready: 4 minutes, more on a machine shared with
     * other builds ({@code -Dopendividend.stack.ready-minutes=15}, which the benchmark profile sets).
     */
    static final Duration READY_WITHIN = Duration.ofMinutes(Long.getLong("opendividend.stack.ready-minutes", 4));
    /** The application's own readiness checks, each of which must be reported UP by name. */
    static final List<String> READINESS_CHECKS = List.of("database", "identity-provider", "migrations");

    private StartupWatch() {
    }

    /** Whether the readiness answer is UP and names every check of {@link #READINESS_CHECKS} as UP. */
    static boolean allUp(HttpClient http, String url) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && HealthAnswer.reportsUp(answer.body(), READINESS_CHECKS);
        } catch (IOException notYet) {
            return false;
        }
    }

    /** What a log holds from a position on (a restart appends to the application's log). */
    static String logSince(Path log, long start) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(start, file.length()));
            byte[] rest = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(rest);
            return new String(rest, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A condition polled while a server starts. */
    interface Condition {
        boolean holds() throws IOException, InterruptedException;
    }

    /** Polls every second until the condition holds; gives up with the log's tail when a process ends or fails to deploy. */
    static void waitUntil(Instant deadline, String what, Path log, long logStart, List<Process> processes,
                          Condition condition)
            throws IOException, InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException(what + " stopped while starting; see " + log + ":\n" + tail(log));
            }
            if (log.getFileName().toString().equals("payara.log") && DEPLOYMENT_FAILED.matcher(logSince(log, logStart)).find()) {
                throw new IllegalStateException(what + " failed to deploy; see " + log + ":\n" + tail(log));
            }
            if (condition.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(what + " was not ready in time; see " + log + ":\n" + tail(log));
    }

    /** Whether a URL answers 200 (Keycloak's realm). */
    static boolean answers200(HttpClient http, String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
