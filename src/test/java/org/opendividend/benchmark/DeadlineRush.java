package org.opendividend.benchmark;

import jakarta.json.JsonObject;
import org.opendividend.applications.ApplicantApi;
import org.opendividend.devstack.DevStack;
import org.opendividend.platform.security.Sha256;
import org.opendividend.stack.WebClient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.opendividend.applications.ApplicantApi.array;
import static org.opendividend.applications.ApplicantApi.expect;
import static org.opendividend.applications.ApplicantApi.object;

/**
 * The deadline rush, as a benchmark (never a test): {@code mvn -Pbenchmark package}. It starts the whole stack as
 * the Run command does (Keycloak, Payara Micro with the WAR, a fresh H2 database under {@code target/bench-data}, or with
 * {@code -Dbench.db=postgres} an emptied PostgreSQL database, see {@link BenchmarkDatabase}),
 * then, untimed, registers {@code bench.applicants} new people on Keycloak's page, each of whom founds an
 * organisation, starts an application for the open demo call, completes every section and attaches every required
 * PDF but the project plan. Then, untimed, the same traffic for {@code bench.warmup-seconds} ({@link WarmUp}; 0 for
 * none), so that the rounds meet a warm server. Then each round, timed: the ceiling ({@link Ceiling}: every applicant at
 * once sending a PDF of the same size to the bare storing endpoint, {@code StorageCeiling}); the rush, all of them at
 * once uploading their project plan (a distinct PDF of {@code bench.pdf-bytes} bytes, 1 MiB by default) and
 * submitting; the ceiling again, the rush compared with the faster of the two. Afterwards every
 * acknowledged submission is looked up again: its receipt among the application's versions, the project plan's
 * SHA-256 in the attachments and its file in the store. The figures, with the ratio to the ceiling and every answer
 * by status, go to standard output and to {@code target/benchmark/deadline-rush.md}; the exit status is 2 if any
 * request got no answer or any acknowledged submission is missing.
 */
public final class DeadlineRush {

    private static final long CALL = 1001;
    private static final String RUSH_ATTACHMENT = "PROJECT_PLAN";
    /** Movable ({@code -Dbench.app-port=8680 -Dbench.keycloak-port=8780}) beside a test run; the realm accepts 8280–8880. */
    private static final int APP_PORT = Integer.getInteger("bench.app-port", 8480);
    private static final int KEYCLOAK_PORT = Integer.getInteger("bench.keycloak-port", 8580);

    private DeadlineRush() {
    }

    /** One prepared applicant: their logged-in client and their application. */
    record Applicant(int number, String username, WebClient client, ApplicantApi api, long application) {
    }

    /** What one applicant sent in a round: a PDF distinct to them and to the round. */
    record Upload(Applicant applicant, byte[] pdf, String sha256) {
    }

    /** What one applicant experienced in the rush. */
    record Outcome(Upload upload, int uploadStatus, int submitStatus, String receipt, long uploadMicros,
                           long submitMicros, String failure) {

        boolean acknowledged() {
            return submitStatus == 201 && receipt != null;
        }

        long totalMicros() {
            return uploadMicros + submitMicros;
        }
    }

    public static void main(String[] args) throws Exception {
        int applicants = Integer.getInteger("bench.applicants", 200);
        int pdfBytes = Integer.getInteger("bench.pdf-bytes", 1024 * 1024);
        int preparers = Integer.getInteger("bench.preparers", 6);
        // round 1: everyone submits for the first time; later rounds: everyone uploads a new plan and resubmits
        int rounds = Integer.getInteger("bench.rounds", 2);
        // before them, other applicants send the same traffic for this long, so that the rounds meet a warm server
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 240));
        int warmers = Integer.getInteger("bench.warmup-applicants", 100);
        // other work on the machine: a process spinning on one core during the timed rounds
        boolean busy = Boolean.getBoolean("bench.busy");
        boolean profile = Boolean.getBoolean("bench.profile");
        Path baseDir = Path.of("").toAbsolutePath();
        Path dataDir = baseDir.resolve("target/bench-data");
        DevStack.deleteRecursively(dataDir);
        // H2 (default) or PostgreSQL (-Dbench.db=postgres), emptied first either way
        BenchmarkDatabase database = BenchmarkDatabase.chosen(dataDir);
        database.reset();
        DevStack.Settings settings = new DevStack.Settings(baseDir,
                Path.of(System.getenv("OD_KEYCLOAK_HOME")), Path.of(System.getenv("OD_PAYARA_MICRO_JAR")),
                Path.of(System.getenv("OD_WAR")), database.url(), dataDir.resolve("files"),
                APP_PORT, KEYCLOAK_PORT, true);
        Map<String, String> environment = new java.util.HashMap<>(Map.of("OPENDIVIDEND_BENCHMARK_CEILING", "true"));
        environment.putAll(database.applicationEnvironment());
        // for tuning only: how many writes the server works on at once (the product's default otherwise)
        Optional.ofNullable(System.getProperty("bench.concurrent-writes")).filter(v -> !v.isBlank())
                .ifPresent(v -> environment.put("OPENDIVIDEND_ADMISSION_CONCURRENT_WRITES", v));
        int exitStatus = 0;
        try (DevStack stack = new DevStack(settings).withApplicationEnvironment(environment).start()) {
            Instant preparing = Instant.now();
            List<Applicant> everyone = prepare(settings, applicants + (warmUp.isZero() ? 0 : warmers), preparers);
            System.out.printf("Prepared %d applicants in %d s%n", everyone.size(),
                    Duration.between(preparing, Instant.now()).toSeconds());
            List<Applicant> prepared = everyone.subList(0, applicants);
            StringBuilder report = new StringBuilder("Database: " + database.description() + "\n\n");
            long unanswered = 0;
            if (!warmUp.isZero()) {
                WarmUp.Summary warm = WarmUp.run(prepared, everyone.subList(applicants, everyone.size()), warmUp, pdfBytes,
                        settings.appUrl(), watched(stack));
                System.out.print(warm.describe(warmers));
                report.append(warm.describe(warmers)).append('\n');
                unanswered += warm.unanswered();
            }
            report.append(busy ? "With one core kept busy by another process during the timed rounds.\n\n" : "");
            System.out.println("Database: " + database.description());
            boolean intact = true;
            try (BusyCore spinner = busy ? BusyCore.start(Duration.ofMinutes(10)) : null) {
                for (int round = 1; round <= rounds; round++) {
                    // the same server in the same minute: first what storing the same bodies costs alone
                    StartLine.Race<Integer> before = Ceiling.burst(prepared, "before-" + round, pdfBytes, settings.appUrl(),
                            watched(stack));
                    // the recording covers the timed part only: from the start line to the last answer
                    FlightRecording[] recording = new FlightRecording[1];
                    boolean recorded = profile && round == rounds;
                    Rush rush = rush(uploads(prepared, round, pdfBytes), watched(stack), () -> {
                        if (recorded) {
                            recording[0] = FlightRecording.start(stack.applicationPid(), baseDir.resolve("target/benchmark/rush.jfr"));
                        }
                    });
                    Path recordingFile = recording[0] == null ? null : recording[0].stop();
                    Ceiling ceiling = new Ceiling(before, Ceiling.burst(prepared, "after-" + round, pdfBytes,
                            settings.appUrl(), watched(stack)));
                    Verification verification = verify(rush.race().outcomes(), dataDir.resolve("files"));
                    String figures = RushReport.round(round, applicants, pdfBytes, rush, ceiling, verification);
                    if (recordingFile != null) {
                        figures += "\nProfile of this round's rush (" + recordingFile + "):\n\n" + FlightRecording.costs(recordingFile, 5);
                    }
                    System.out.println(figures);
                    report.append(figures).append('\n');
                    intact &= verification.stored() == rush.acknowledged().size() && verification.problems().isEmpty();
                    unanswered += rush.answers().noAnswers() + ceiling.unanswered();
                    if (!verification.problems().isEmpty()) {
                        System.err.println("LOST OR ALTERED SUBMISSIONS: " + verification.problems());
                    }
                }
            }
            if (Boolean.parseBoolean(System.getProperty("bench.compare-without-durability", "false"))) {
                report.append(withoutDurableCommits(stack, settings, prepared, preparers, rounds, pdfBytes, dataDir));
            }
            Path out = baseDir.resolve("target/benchmark/deadline-rush.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            if (unanswered > 0) {
                // keep the server's side of a connection closed without an answer for the diagnosis
                Path log = baseDir.resolve("target/benchmark/payara-of-unanswered-run.log");
                Files.writeString(log, stack.applicationLogSinceStart());
                System.err.println("requests without an answer: the server's log is kept in " + log);
            }
            if (!intact || unanswered > 0) {
                System.err.printf("FAILED: %s, %d request(s) without an answer%n", intact ? "every acknowledged"
                        + " submission stored" : "ACKNOWLEDGED SUBMISSIONS MISSING", unanswered);
                exitStatus = 2;
            }
        }
        // only once the servers are stopped (leaving the try): an exit inside it would leave them running
        System.exit(exitStatus);
    }

    /** For information: the same rush when commits may wait in memory (H2's write delay); never the product's setting. */
    private static String withoutDurableCommits(DevStack stack, DevStack.Settings settings, List<Applicant> prepared,
                                                int preparers, int rounds, int pdfBytes, Path dataDir) throws Exception {
        stack.stopApplication();
        stack.withApplicationEnvironment(Map.of("OPENDIVIDEND_DB_DURABLE_COMMITS", "false"));
        stack.restartApplication();
        List<Applicant> again = logInAgain(settings, prepared, preparers);
        // a warm-up round on the fresh server first, so that this is compared with a warm round above
        rush(uploads(again, rounds + 1, pdfBytes), watched(stack));
        StartLine.Race<Integer> before = Ceiling.burst(again, "before-" + (rounds + 2), pdfBytes, settings.appUrl(),
                watched(stack));
        Rush rush = rush(uploads(again, rounds + 2, pdfBytes), watched(stack));
        Ceiling ceiling = new Ceiling(before, Ceiling.burst(again, "after-" + (rounds + 2), pdfBytes, settings.appUrl(),
                watched(stack)));
        Verification verification = verify(rush.race().outcomes(), dataDir.resolve("files"));
        String figures = "WITHOUT durable commits (for information; never the product's setting; after one"
                + " unreported warm-up round): " + RushReport.round(rounds + 2, prepared.size(), pdfBytes, rush, ceiling, verification);
        System.out.println(figures);
        return figures + "\n";
    }

    private static List<Applicant> prepare(DevStack.Settings settings, int applicants, int preparers)
            throws Exception {
        JsonObject call = object(new WebClient("en", settings.appUrl(), settings.keycloakUrl())
                .get(settings.appUrl() + "/api/v1/calls/" + CALL));
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(preparers);
        try {
            List<Future<Applicant>> futures = new ArrayList<>();
            for (int i = 0; i < applicants; i++) {
                int number = i;
                futures.add(pool.submit(() -> prepareOne(settings, call, run, number)));
            }
            List<Applicant> prepared = new ArrayList<>();
            for (Future<Applicant> future : futures) {
                prepared.add(future.get());
                if (prepared.size() % 20 == 0) {
                    System.out.printf("  prepared %d of %d applicants%n", prepared.size(), applicants);
                }
            }
            return prepared;
        } finally {
            pool.shutdown();
        }
    }

    private static Applicant prepareOne(DevStack.Settings settings, JsonObject call, String run, int number)
            throws Exception {
        // as the API's documentation asks of clients: an answer 503 with Retry-After is sent again after that time
        WebClient client = new WebClient("zh-TW", settings.appUrl(), settings.keycloakUrl()).retryingWhenBusy(5);
        String username = "rush-" + run + "-" + number;
        expect(200, client.register(username, password(number)), "register " + username);
        ApplicantApi api = new ApplicantApi(client, settings.appUrl());
        return new Applicant(number, username, client, api, api.prepareApplication(call, number, "Rush " + number, RUSH_ATTACHMENT));
    }

    /** The same applicants with new sessions, after the application server was restarted. */
    private static List<Applicant> logInAgain(DevStack.Settings settings, List<Applicant> applicants, int preparers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(preparers);
        try {
            List<Future<Applicant>> futures = new ArrayList<>();
            for (Applicant a : applicants) {
                futures.add(pool.submit(() -> {
                    WebClient client = new WebClient("zh-TW", settings.appUrl(), settings.keycloakUrl()).retryingWhenBusy(5);
                    expect(200, client.login(a.username(), password(a.number()), "/applicant/"), "log in " + a.username());
                    return new Applicant(a.number(), a.username(), client, new ApplicantApi(client, settings.appUrl()), a.application());
                }));
            }
            List<Applicant> again = new ArrayList<>();
            for (Future<Applicant> future : futures) {
                again.add(future.get());
            }
            return again;
        } finally {
            pool.shutdown();
        }
    }

    /** Whose CPU the timed parts tell apart: the server's and the identity provider's (anew after a restart). */
    private static CpuUse.Processes watched(DevStack stack) {
        return new CpuUse.Processes(stack.applicationPid(), stack.identityProviderPid());
    }

    private static String password(int number) {
        return "Rush-2026-" + number;
    }

    static List<Upload> uploads(List<Applicant> applicants, int round, int pdfBytes) throws Exception {
        List<Upload> uploads = new ArrayList<>();
        for (Applicant a : applicants) {
            byte[] pdf = ApplicantApi.pdf(a.username() + "-plan-" + round, pdfBytes);
            uploads.add(new Upload(a, pdf, Sha256.hex(pdf)));
        }
        return uploads;
    }

    record Rush(StartLine.Race<Outcome> race, Answers answers) {

        List<Outcome> acknowledged() {
            return race.outcomes().stream().filter(Outcome::acknowledged).toList();
        }
    }

    /** Everyone reads their version, waits at the start line, then uploads and submits; answers are counted by status. */
    static Rush rush(List<Upload> uploads, CpuUse.Processes watched) throws Exception {
        return rush(uploads, watched, () -> { });
    }

    private static Rush rush(List<Upload> uploads, CpuUse.Processes watched, StartLine.AtTheLine atTheLine)
            throws Exception {
        Answers answers = new Answers();
        // when the crowd was released, so that a failure can say how long after it happened
        long[] released = new long[1];
        List<StartLine.Entrant<Outcome>> entrants = new ArrayList<>();
        for (Upload upload : uploads) {
            entrants.add(() -> {
                try {
                    long version = currentVersion(upload.applicant());
                    return () -> uploadAndSubmit(upload, version, answers, released[0]);
                } catch (IOException | RuntimeException e) {
                    return () -> new Outcome(upload, 0, 0, null, 0, 0, "reading the version: " + e);
                }
            });
        }
        return new Rush(StartLine.race(entrants, () -> {
            atTheLine.run();
            released[0] = System.nanoTime();
        }, watched), answers);
    }

    /**
     * The working copy's version, read as a client would before the rush; read again once if the connection had
     * gone stale while the applicant waited (the server closes idle connections after 30 s, as browsers expect).
     */
    private static long currentVersion(Applicant applicant) throws IOException, InterruptedException {
        try {
            return object(applicant.api().get(applicant.application())).getJsonNumber("version").longValue();
        } catch (IOException stale) {
            return object(applicant.api().get(applicant.application())).getJsonNumber("version").longValue();
        }
    }

    private static Outcome uploadAndSubmit(Upload u, long version, Answers answers, long released) {
        Applicant a = u.applicant();
        long t0 = System.nanoTime();
        int uploadStatus = 0;
        int submitStatus = 0;
        long t1 = t0;
        int busyBefore = a.client().busyAnswers();
        try {
            HttpResponse<String> upload = a.api().attach(a.application(), RUSH_ATTACHMENT, "計畫書.pdf", u.pdf());
            uploadStatus = upload.statusCode();
            t1 = System.nanoTime();
            answers.count("upload", 503, a.client().busyAnswers() - busyBefore);
            answers.count("upload", uploadStatus);
            if (uploadStatus != 201) {
                return new Outcome(u, uploadStatus, 0, null, micros(t0, t1), 0, upload.body());
            }
            int busyBeforeSubmit = a.client().busyAnswers();
            HttpResponse<String> submit = a.api().submit(a.application(), version);
            submitStatus = submit.statusCode();
            long t2 = System.nanoTime();
            answers.count("submit", 503, a.client().busyAnswers() - busyBeforeSubmit);
            answers.count("submit", submitStatus);
            String receipt = submitStatus == 201 ? object(submit).getString("receipt") : null;
            return new Outcome(u, uploadStatus, submitStatus, receipt, micros(t0, t1), micros(t1, t2),
                    submitStatus == 201 ? null : submit.body());
        } catch (IOException | InterruptedException | RuntimeException e) {
            answers.count(uploadStatus == 0 ? "upload" : "submit", Answers.NO_ANSWER);
            long now = System.nanoTime();
            return new Outcome(u, uploadStatus, submitStatus, null, micros(t0, t1), micros(t1, now),
                    e + " (" + micros(released, now) / 1000 + " ms after the start, " + micros(uploadStatus == 0 ? t0 : t1, now) / 1000
                            + " ms after the request was sent)");
        }
    }

    record Verification(int stored, List<String> problems) {
    }

    /** Acknowledged counts as stored only if the receipt, the attachment's hash and its file are all there. */
    private static Verification verify(List<Outcome> outcomes, Path filesDir) throws Exception {
        int stored = 0;
        List<String> problems = new ArrayList<>();
        for (Outcome outcome : outcomes.stream().filter(Outcome::acknowledged).toList()) {
            Upload u = outcome.upload();
            Applicant a = u.applicant();
            Set<String> receipts = array(a.api().versions(a.application())).stream()
                    .map(v -> ((JsonObject) v).getString("receipt")).collect(Collectors.toSet());
            boolean attached = object(a.api().get(a.application())).getJsonArray("attachments").stream()
                    .map(x -> (JsonObject) x)
                    .anyMatch(x -> x.getString("type").equals(RUSH_ATTACHMENT) && x.getString("sha256").equals(u.sha256()));
            boolean file = Files.exists(filesDir.resolve(u.sha256().substring(0, 2)).resolve(u.sha256()));
            if (receipts.contains(outcome.receipt()) && attached && file) {
                stored++;
            } else {
                problems.add(outcome.receipt() + ": receipt " + receipts.contains(outcome.receipt()) + ", attachment "
                        + attached + ", file " + file);
            }
        }
        return new Verification(stored, problems);
    }

    private static long micros(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1000;
    }

}
