package org.opendividend.applications.boundary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendividend.applications.CrashDrill;
import org.opendividend.devstack.DevStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Received" means durable: the application server is killed (SIGKILL) in the middle of a burst of submissions, at
 * several instants, and started again on the same database and file store; on H2, then on PostgreSQL; then the
 * PostgreSQL server itself is killed mid-burst. No acknowledged submission may be missing afterwards, and every
 * interrupted one can be submitted again (see {@link CrashDrill}). A stack of its own (ports 8680 and 8780), since
 * its application server is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionSurvivesCrashIT {

    private static final int APPLICANTS = Integer.getInteger("opendividend.crash.applicants", 24);
    private static final String PG_URL = System.getenv("OPENDIVIDEND_TEST_PG_URL");
    private static final String SCHEMA = "crash_drill";

    private static DevStack stack;
    private static CrashDrill drill;
    private static final List<CrashDrill.Round> rounds = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.forTest("crash-data", 8680, 8780).start();
        drill = new CrashDrill(stack);
    }

    @AfterAll
    static void stop() {
        rounds.forEach(r -> System.out.printf("crash drill: %s: %d acknowledged, %d interrupted (answers by status, 0 for"
                + " none: %s), %d problems%n", r.fault(), r.acknowledged(), r.interrupted(), r.answers(), r.problems().size()));
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void acknowledgedSubmissionsSurviveKillingTheApplicationServerOnH2() throws Exception {
        drill.registerAndPrepare(APPLICANTS);
        killTheApplicationServerAt("H2", List.of(1, APPLICANTS / 4, APPLICANTS / 2));
    }

    @Test
    @Order(2)
    void acknowledgedSubmissionsSurviveKillingTheApplicationServerOnPostgreSql() throws Exception {
        assumePostgreSql();
        stack.killApplication();
        resetSchema();
        stack.withApplicationEnvironment(Map.of(
                "OPENDIVIDEND_DB_URL", PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "OPENDIVIDEND_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "OPENDIVIDEND_DB_USER", pgUser(),
                "OPENDIVIDEND_DB_PASSWORD", pgPassword()));
        stack.restartApplication();
        drill.prepareAgainInThisDatabase();
        killTheApplicationServerAt("PostgreSQL", List.of(1, APPLICANTS / 2));
    }

    @Test
    @Order(3)
    void killingPostgreSqlItselfGivesErrorsButNeverAReceiptItCannotKeep() throws Exception {
        assumePostgreSql();
        String cluster = System.getenv("OPENDIVIDEND_TEST_PG_CLUSTER");
        assumeTrue(cluster != null && !cluster.isBlank(), "OPENDIVIDEND_TEST_PG_CLUSTER (\"15 main\") names the cluster to kill");
        String[] versionAndName = cluster.trim().split("\\s+");
        // SIGQUIT to the postmaster is PostgreSQL's immediate shutdown, its own crash: every backend ends at once and
        // the next start recovers from the WAL. Sent with kill, found beforehand: pg_ctlcluster takes longer than a burst
        String postmaster = postmasterPid(versionAndName);
        List<CrashDrill.Outcome> outcomes = drill.burst(rounds.size() + 1, 1,
                () -> run(List.of("kill", "-QUIT", postmaster)));
        pgCtlCluster(versionAndName, "start");
        awaitReady(Duration.ofMinutes(3));
        CrashDrill.Round round = drill.verify("PostgreSQL server killed", outcomes);
        check(round);
        assertTrue(round.interrupted() > 0, "the database died while submissions were in flight: " + round);
        // the outage is answered, never dropped: 503 with Retry-After where the failure is seen as the database
        // being away (nearly all); a request failing elsewhere on the way still gets its 500 with an incident
        assertTrue(round.answers().containsKey(503) && java.util.Set.of(500, 503).containsAll(round.answers().keySet()),
                "during the outage every request is answered with an error, never dropped: " + round.answers());
    }

    private static void killTheApplicationServerAt(String database, List<Integer> afterAcknowledgements) throws Exception {
        int interrupted = 0;
        for (int after : afterAcknowledgements) {
            List<CrashDrill.Outcome> outcomes = drill.burst(rounds.size() + 1, after, stack::killApplication);
            stack.restartApplication();
            CrashDrill.Round round = drill.verify(database + ": application server killed after " + after + " receipts", outcomes);
            check(round);
            interrupted += round.interrupted();
        }
        assertTrue(interrupted > 0, "the kills struck while submissions were in flight");
    }

    private static void check(CrashDrill.Round round) {
        rounds.add(round);
        assertTrue(round.acknowledged() > 0, round.fault() + ": the fault struck after receipts were given");
        assertEquals(List.of(), round.problems(), round.fault());
    }

    private static void assumePostgreSql() {
        if (Boolean.parseBoolean(System.getenv("OPENDIVIDEND_TEST_PG_REQUIRED"))) {
            assertTrue(PG_URL != null && !PG_URL.isBlank(), "CI requires OPENDIVIDEND_TEST_PG_URL");
        }
        assumeTrue(PG_URL != null && !PG_URL.isBlank(), "no PostgreSQL named by OPENDIVIDEND_TEST_PG_URL");
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("OPENDIVIDEND_TEST_PG_USER", "opendividend");
    }

    private static String pgPassword() {
        return System.getenv().getOrDefault("OPENDIVIDEND_TEST_PG_PASSWORD", "");
    }

    private static void resetSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(PG_URL, pgUser(), pgPassword())) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
            c.createStatement().execute("create schema " + SCHEMA);
        }
    }

    private static void pgCtlCluster(String[] versionAndName, String... action) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", versionAndName[0], versionAndName[1]));
        command.addAll(List.of(action));
        run(command);
    }

    /** The cluster's postmaster: the first line of postmaster.pid in its data directory (from pg_lsclusters). */
    private static String postmasterPid(String[] versionAndName) throws Exception {
        String dataDirectory = run(List.of("pg_lsclusters", "-h")).lines()
                .map(line -> line.trim().split("\\s+"))
                .filter(f -> f.length > 5 && f[0].equals(versionAndName[0]) && f[1].equals(versionAndName[1]))
                .map(f -> f[5]).findFirst().orElseThrow(() -> new AssertionError("no cluster " + String.join(" ", versionAndName)));
        return java.nio.file.Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }

    /** The application's own readiness (database and Keycloak) after the database came back. */
    private static void awaitReady(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = http.send(HttpRequest.newBuilder(URI.create(stack.settings().appUrl() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the application did not report ready after the database came back: " + status);
    }
}
