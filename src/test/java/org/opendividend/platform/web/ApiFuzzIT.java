package org.opendividend.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.ApplicantApi;
import org.opendividend.platform.web.fuzz.FuzzRequest;
import org.opendividend.platform.web.fuzz.FuzzTargets;
import org.opendividend.platform.web.fuzz.OpenApiOperations;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * No request a client can send gets a 5xx: for every operation of the application's own OpenAPI document, as an
 * anonymous caller, as the wrong role (an officer on the applicants' API, an applicant on the officers') and as an
 * applicant who owns an application (a draft and a withdrawn one), sends missing, malformed, wrongly typed,
 * oversized, negative, non-UTF-8 and out-of-state parameters and bodies, drawn from a seeded random source, to this
 * machine only. Every answer must be below 500, and every refusal a JSON problem ({@code status}, {@code code},
 * {@code message}). Then the owner's well-formed writes on the withdrawn application must each be a 409 (a PDF
 * upload there is refused by the attachment permissions). The answers are counted by status
 * ({@code target/api-fuzz/answers.md}).
 * <p>
 * {@code -Dopendividend.fuzz.iterations=…} (requests per operation and caller, default 30) and
 * {@code -Dopendividend.fuzz.seed=…} change the run; a failure names the seed and every request that failed.
 */
@ExtendWith(RunningStack.class)
class ApiFuzzIT {

    static final int ITERATIONS = Integer.getInteger("opendividend.fuzz.iterations", 30);
    static final long SEED = Long.getLong("opendividend.fuzz.seed", 15L);
    private static final Path REPORTS = Path.of(System.getProperty("opendividend.basedir", "")).toAbsolutePath()
            .resolve("target/api-fuzz");

    @Test
    void noRequestOfAnyCallerGetsA5xxAndEveryRefusalIsAJsonProblem() throws Exception {
        List<OpenApiOperations.Operation> operations = OpenApiOperations.of(openApi(), "/api/v1");
        assertTrue(operations.size() >= 10, "the document lists the API: " + operations);

        Map<String, WebClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", new WebClient("en"));
        WebClient officer = new WebClient("en");
        officer.login("officer.moda", "demo", "/officer/");
        callers.put("officer", officer);
        WebClient applicant = new WebClient("zh-TW");
        applicant.register("fuzz-applicant-" + System.nanoTime(), "Register-2026!");
        callers.put("applicant", applicant);
        FuzzTargets targets = FuzzTargets.prepare(new ApplicantApi(applicant, RunningStack.appUrl()));

        Random random = new Random(SEED);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int byServer = 0;
        for (OpenApiOperations.Operation operation : operations) {
            for (Map.Entry<String, WebClient> caller : callers.entrySet()) {
                for (int i = 0; i < ITERATIONS; i++) {
                    FuzzRequest request = FuzzRequest.draw(operation, targets, random);
                    HttpResponse<byte[]> answer = send(caller.getValue(), request);
                    sent++;
                    if (byTheServerItself(request, answer)) {
                        byServer++;
                        continue;
                    }
                    byStatus.merge(answer.statusCode(), 1, Integer::sum);
                    String problem = judge(answer);
                    if (problem != null) {
                        failures.add("[" + caller.getKey() + "] " + request + "\n    → " + answer.statusCode() + " " + problem);
                    }
                }
            }
        }
        for (OpenApiOperations.Operation operation : operations) {
            var request = FuzzRequest.outOfState(operation, targets);
            if (request.isPresent()) {
                HttpResponse<byte[]> answer = send(applicant, request.get());
                sent++;
                byStatus.merge(answer.statusCode(), 1, Integer::sum);
                String problem = judge(answer);
                if (problem == null && !request.get().contentType().equals("application/pdf") && answer.statusCode() != 409) {
                    problem = "not refused as a step the workflow forbids (409): "
                            + new String(answer.body(), StandardCharsets.UTF_8);
                }
                if (problem != null) {
                    failures.add("[applicant, out of state] " + request.get() + "\n    → " + answer.statusCode() + " " + problem);
                }
            }
        }
        report(byStatus, byServer, sent, operations.size(), callers.size());
        Files.writeString(REPORTS.resolve("failures.txt"), String.join("\n", failures));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + sent + " answers were faults or no JSON problem (seed " + SEED + "):\n"
                    + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        }
        assertEquals(sent, byServer + byStatus.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static JsonObject openApi() throws IOException, InterruptedException {
        HttpResponse<byte[]> document = null;
        for (int attempt = 0; attempt < 5 && (document == null || document.statusCode() != 200); attempt++) {
            if (attempt > 0) {
                Thread.sleep(2000); // the document is built on first demand, which a just-started server may refuse
            }
            document = new WebClient().exchange(HttpRequest.newBuilder(
                    URI.create(RunningStack.appUrl() + "/openapi?format=JSON")).header("Accept", "application/json"));
        }
        assertEquals(200, document.statusCode(), new String(document.body(), StandardCharsets.UTF_8));
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(document.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<byte[]> send(WebClient caller, FuzzRequest request) throws IOException, InterruptedException {
        URI uri = URI.create(RunningStack.appUrl() + request.pathAndQuery());
        assertTrue(uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1"), "loopback only: " + uri);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).method(request.method(), request.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        return caller.exchange(builder);
    }

    /**
     * A bare 400 (no type, no body) that the HTTP server gives before the application sees the request, for requests
     * it refuses by itself ({@link FuzzRequest#refusedByTheServerItself()}); counted apart, never a fault.
     */
    private static boolean byTheServerItself(FuzzRequest request, HttpResponse<byte[]> answer) {
        return answer.statusCode() == 400 && answer.body().length == 0
                && answer.headers().firstValue("Content-Type").isEmpty() && request.refusedByTheServerItself();
    }

    /** What is wrong with an answer, or {@code null} when it is fine. */
    static String judge(HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            return "a fault: " + shortened(body);
        }
        if (status < 300) {
            return null;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            return "not a JSON problem (" + type + "): " + shortened(body);
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
            JsonObject problem = reader.readObject();
            if (problem.getInt("status", -1) != status || problem.getString("code", "").isBlank()
                    || problem.getString("message", "").isBlank()) {
                return "an incomplete problem: " + shortened(body);
            }
            return null;
        } catch (RuntimeException notJson) {
            return "not a JSON problem: " + shortened(body);
        }
    }

    private static String shortened(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void report(Map<Integer, Integer> byStatus, int byServer, int sent, int operations, int callers)
            throws IOException {
        StringBuilder table = new StringBuilder("API fuzz run: seed " + SEED + ", " + ITERATIONS + " requests per operation "
                + "and caller, " + operations + " operations, " + callers + " callers, " + sent + " requests\n\n"
                + "| status | answers |\n|---|---|\n");
        byStatus.forEach((status, count) -> table.append("| ").append(status).append(" | ").append(count).append(" |\n"));
        table.append("| 400 by the HTTP server itself (a body on GET or DELETE, a path not UTF-8) | ").append(byServer)
                .append(" |\n");
        System.out.println(table);
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve("answers.md"), table);
    }
}
