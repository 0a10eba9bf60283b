package org.opendividend.benchmark;

import org.opendividend.devstack.DevStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The public registry's JSON API at scale, as a benchmark (never a test): {@code mvn -B -Pbenchmark package
 * -Dbench.scenario=registry}. It starts the whole stack as the Run command does ({@link DevStack}, a fresh H2 database
 * under {@code target/bench-registry-data}, the ceiling turned on), stops the application once the demo data is in,
 * writes {@code bench.awards} accepted awards with five outputs each in mixed states ({@link RegistrySeed}), starts it
 * again and waits for its readiness checks. The first request is timed alone (it reads the registry's read model in
 * full). Then, after {@code bench.warmup-seconds} of the same load on each endpoint, each round runs
 * {@code bench.connections} clients (platform threads sharing one {@code java.net.http} client, each waiting for its
 * answer before it asks again) for {@code bench.seconds}, first against the ceiling
 * ({@code GET /api/v1/benchmark/json-ceiling}, a constant JSON of the first page's size: same server, same JAX-RS,
 * no database, no security), then against the registry with the mix of {@link #request}. Figures (requests per
 * second, the ratio, p50/p95/p99, answers by status, requests without an answer) go to standard output and to
 * {@code target/benchmark/registry.md}; the exit status is 2 if any request got no answer or any answer was not 200.
 */
public final class RegistryLoad {

    private static final int APP_PORT = Integer.getInteger("bench.app-port", 8480);
    private static final int KEYCLOAK_PORT = Integer.getInteger("bench.keycloak-port", 8580);
    private static final String LIST = "/api/v1/registry/projects";
    private static final String[] FILTERS = {"?language=hak", "?ministry=moda", "?state=VERIFIED&outputType=DATASET",
        "?outputType=MODEL_WEIGHTS&licence=Apache-2.0", "?facet=ACCESSIBILITY", "?language=ami&state=PLANNED"};
    static final int NO_ANSWER = -1;

    private RegistryLoad() {
    }

    /** The kinds of request of the mix. */
    enum Kind { FIRST_PAGE, LATER_PAGE, FILTERED, ONE_PROJECT, CEILING }

    /** One request to send. */
    record Request(Kind kind, String path) {
    }

    /** What one endpoint gave over one timed run. */
    record Figures(String label, double seconds, long[] micros, Map<Integer, Integer> statuses,
                   Map<Kind, long[]> byKind) {

        double perSecond() {
            return micros.length / seconds;
        }

        long noAnswer() {
            return statuses.getOrDefault(NO_ANSWER, 0);
        }

        boolean allOk() {
            return statuses.keySet().stream().allMatch(s -> s == 200);
        }
    }

    /**
     * The registry's mix, drawn per request: 70 % the first page of the list (the default 20 projects), 10 % a later
     * page of 20, 10 % a first page filtered (one of {@link #FILTERS}), 10 % one project by its number.
     */
    static Request request(Random random, int awards) {
        int draw = random.nextInt(100);
        if (draw < 70) {
            return new Request(Kind.FIRST_PAGE, LIST);
        }
        if (draw < 80) {
            return new Request(Kind.LATER_PAGE, LIST + "?page=" + (2 + random.nextInt(Math.max(1, awards / 20 - 1))));
        }
        if (draw < 90) {
            return new Request(Kind.FILTERED, LIST + FILTERS[random.nextInt(FILTERS.length)]);
        }
        int i = random.nextInt(awards);
        return new Request(Kind.ONE_PROJECT, LIST + "/" + RegistrySeed.number(i));
    }

    public static void main(String[] args) throws Exception {
        int awards = Integer.getInteger("bench.awards", 10_000);
        int connections = Integer.getInteger("bench.connections", 100);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup-seconds", 20);
        int rounds = Integer.getInteger("bench.rounds", 2);
        Path baseDir = Path.of("").toAbsolutePath();
        Path dataDir = baseDir.resolve("target/bench-registry-data");
        DevStack.deleteRecursively(dataDir);
        DevStack.Settings settings = new DevStack.Settings(baseDir,
                Path.of(System.getenv("OD_KEYCLOAK_HOME")), Path.of(System.getenv("OD_PAYARA_MICRO_JAR")),
                Path.of(System.getenv("OD_WAR")), DevStack.Settings.h2In(dataDir), dataDir.resolve("files"),
                APP_PORT, KEYCLOAK_PORT, true);
        int exitStatus = 0;
        try (DevStack stack = new DevStack(settings)
                .withApplicationEnvironment(Map.of("OPENDIVIDEND_BENCHMARK_CEILING", "true")).start()) {
            stack.stopApplication();
            RegistrySeed.Seeded seeded = RegistrySeed.seed(settings.databaseUrl(), "opendividend",
                    DevStack.DEMO_DB_PASSWORD, awards, 5);
            System.out.printf("Seeded %,d awards, %,d outputs, %,d payments in %,d ms%n", seeded.awards(),
                    seeded.outputs(), seeded.payments(), seeded.millis());
            stack.restartApplication();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String app = settings.appUrl();
            long firstStart = System.nanoTime();
            HttpResponse<String> first = get(http, app + LIST);
            long firstMillis = (System.nanoTime() - firstStart) / 1_000_000;
            if (first.statusCode() != 200 || !first.body().contains("\"total\":" + (awards + 3))) {
                throw new IllegalStateException("the registry does not list the seeded awards: " + first.statusCode()
                        + " " + first.body().substring(0, Math.min(300, first.body().length())));
            }
            int pageBytes = first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            String ceiling = "/api/v1/benchmark/json-ceiling?bytes=" + pageBytes;
            HttpResponse<String> bare = get(http, app + ceiling);
            if (bare.statusCode() != 200 || bare.body().length() != pageBytes) {
                throw new IllegalStateException("the ceiling is not there: " + bare.statusCode());
            }
            Function<Random, Request> mix = random -> request(random, awards);
            Function<Random, Request> bareOnly = random -> new Request(Kind.CEILING, ceiling);
            drive(http, app, "warm-up ceiling", bareOnly, connections, warmup);
            drive(http, app, "warm-up registry", mix, connections, warmup);
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%,d public projects (%,d seeded + the"
                    + " demo's 3), %,d outputs seeded; first page %,d bytes; first request after the start (reads the"
                    + " read model in full) %,d ms; %d connections, %d s per run after %d s of warm-up per endpoint;"
                    + " %d processors, Java %s.%n%n", awards + 3, awards, seeded.outputs(), pageBytes, firstMillis, connections,
                    seconds, warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
            report.append("| round | endpoint | requests/s | ratio to ceiling | p50 ms | p95 ms | p99 ms | first page p99 ms"
                    + " | answers by status | no answer |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (int round = 1; round <= rounds; round++) {
                Figures c = drive(http, app, "ceiling", bareOnly, connections, seconds);
                Figures r = drive(http, app, "registry mix", mix, connections, seconds);
                report.append(row(round, c, c.perSecond())).append(row(round, r, c.perSecond()));
                exitStatus = c.noAnswer() + r.noAnswer() > 0 || !c.allOk() || !r.allOk() ? 2 : exitStatus;
            }
            System.out.println(report);
            Path out = baseDir.resolve("target/benchmark/registry.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
        // only once the servers are stopped (leaving the try): an exit inside it would leave them running
        System.exit(exitStatus);
    }

    private static String row(int round, Figures f, double ceilingPerSecond) {
        long[] firstPage = f.byKind().get(f.byKind().containsKey(Kind.FIRST_PAGE) ? Kind.FIRST_PAGE : Kind.CEILING);
        return String.format(Locale.ROOT, "| %d | %s | %,.0f | **%.2f** | %.1f | %.1f | %.1f | %.1f | %s | %d |%n", round,
                f.label(), f.perSecond(), f.perSecond() / ceilingPerSecond, percentile(f.micros(), 50),
                percentile(f.micros(), 95), percentile(f.micros(), 99), percentile(firstPage, 99),
                f.statuses().entrySet().stream().filter(e -> e.getKey() != NO_ANSWER)
                        .map(e -> e.getKey() + ": " + e.getValue()).toList(), f.noAnswer());
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    static double percentile(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length);
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, rank - 1))] / 1000.0;
    }

    /** {@code connections} clients, each sending its next request once it has the answer, for {@code seconds}. */
    static Figures drive(HttpClient http, String app, String label, Function<Random, Request> next, int connections,
                         int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        List<List<long[]>> samples = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            List<long[]> mine = new ArrayList<>();
            samples.add(mine);
            Random random = new Random(31L * c + label.hashCode());
            Thread client = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    Request request = next.apply(random);
                    long sent = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(app + request.path()))
                                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        status = answer.statusCode();
                    } catch (IOException unanswered) {
                        status = NO_ANSWER;
                    } catch (InterruptedException stop) {
                        return;
                    }
                    mine.add(new long[] {(System.nanoTime() - sent) / 1000, status, request.kind().ordinal()});
                }
            }, "registry-client-" + c);
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Kind, List<Long>> kinds = new TreeMap<>();
        List<Long> all = new ArrayList<>();
        for (List<long[]> mine : samples) {
            for (long[] s : mine) {
                statuses.merge((int) s[1], 1, Integer::sum);
                if (s[1] != NO_ANSWER) {
                    all.add(s[0]);
                    kinds.computeIfAbsent(Kind.values()[(int) s[2]], k -> new ArrayList<>()).add(s[0]);
                }
            }
        }
        Map<Kind, long[]> byKind = new TreeMap<>();
        kinds.forEach((kind, micros) -> byKind.put(kind, sorted(micros)));
        Figures figures = new Figures(label, elapsed, sorted(all), statuses, byKind);
        System.out.printf(Locale.ROOT, "%s: %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, %s%n", label,
                figures.perSecond(), percentile(figures.micros(), 50), percentile(figures.micros(), 99), statuses);
        return figures;
    }

    private static long[] sorted(List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
