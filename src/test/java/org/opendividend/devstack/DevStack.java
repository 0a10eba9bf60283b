package org.opendividend.devstack;

import org.opendividend.outputs.RecordedRegistries;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole stack on one machine: Keycloak with the realm of {@code realm-config/} imported, then Payara Micro with
 * the application's WAR at "/". Used by the README's Run command ({@link #main}) and by the browser and HTTP tests
 * (on other ports, with a fresh database), so that both start the stack the same way.
 */
public final class DevStack implements AutoCloseable {

    static final String REALM = "opendividend";
    /**
     * The demo realm, the only one Keycloak imports here: the production realm beside it in {@code realm-config/}
     * has the same name and is for real deployments (README, Production deployment).
     */
    static final String DEMO_REALM_FILE = "realm-config/opendividend-realm.json";
    /** The client whose service account creates invited reviewers' accounts, and the variable its secret is passed in. */
    public static final String INVITATIONS_CLIENT = "opendividend-reviewer-invitations";
    static final String INVITATIONS_SECRET_VARIABLE = "OPENDIVIDEND_KEYCLOAK_INVITATIONS_CLIENT_SECRET";
    /** The password of the demo H2 database, which the Run command's {@code data/h2} was created with. */
    public static final String DEMO_DB_PASSWORD = "opendividend-demo";
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

    /** Where things are and which ports to use. */
    public record Settings(Path baseDir, Path keycloakHome, Path payaraMicroJar, Path war, String databaseUrl,
                           Path filesDir, int appPort, int keycloakPort, boolean keycloakInMemory) {

        /** An H2 file database in the given folder. */
        public static String h2In(Path dataDir) {
            return "jdbc:h2:file:" + dataDir.resolve("h2/opendividend").toAbsolutePath();
        }

        public Path logDir() {
            return baseDir.resolve("target/devstack-" + appPort);
        }

        public String appUrl() {
            return "http://localhost:" + appPort;
        }

        public String keycloakUrl() {
            return "http://localhost:" + keycloakPort;
        }

        /** Where the mail catcher listens: next to the application's port. */
        public int mailPort() {
            return appPort + 10;
        }

        public String issuer() {
            return keycloakUrl() + "/realms/" + REALM;
        }
    }

    /** Where the demo realm file sends Keycloak's own mails (first-login links): the Run command's mail catcher. */
    static final int DEMO_REALM_MAIL_PORT = 8090;
    private static final java.util.regex.Pattern REALM_MAIL_PORT = java.util.regex.Pattern.compile(
            "(\"smtpServer\"\\s*:\\s*\\{[^}]*\"port\"\\s*:\\s*\")" + DEMO_REALM_MAIL_PORT + "\"");

    /** The user name of the Keycloak administrator of the master realm that each start makes (see {@link #startKeycloak}). */
    public static final String KEYCLOAK_ADMIN = "stack-admin";
    /** Where the demo realm file sends Keycloak's back-channel logout: the application of the Run command. */
    static final String DEMO_BACK_CHANNEL_LOGOUT = "http://localhost:8080/session/backchannel-logout";

    private final Settings settings;
    private final String keycloakAdminPassword = java.util.UUID.randomUUID().toString();
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> applicationEnvironment = new java.util.HashMap<>();
    private Process keycloak;
    private Process application;
    /** Where the application's log of the current start begins. */
    private long applicationLogStart;
    private MailCatcher mails;
    /** The registries the demo's outputs are checked against: recorded answers on loopback, never the internet. */
    private RecordedRegistries registries;

    public DevStack(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * A stack of a test's own (not started): the servers and the WAR that Failsafe names (see pom.xml), a fresh H2
     * database and file store under {@code target/<dataName>}, Keycloak in memory, on the given ports.
     */
    public static DevStack forTest(String dataName, int appPort, int keycloakPort) throws IOException {
        Path baseDir = Path.of(System.getProperty("opendividend.basedir", "")).toAbsolutePath();
        Path dataDir = baseDir.resolve("target").resolve(dataName);
        deleteRecursively(dataDir);
        return new DevStack(new Settings(baseDir, Path.of(System.getProperty("opendividend.keycloak.home")),
                Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("opendividend.war")),
                Settings.h2In(dataDir), dataDir.resolve("files"), appPort, keycloakPort, true));
    }

    /**
     * More environment for the application server (e.g. a PostgreSQL data source class and credentials, or
     * {@code OPENDIVIDEND_DB_DURABLE_COMMITS}); set before {@link #start()}.
     */
    public DevStack withApplicationEnvironment(Map<String, String> environment) {
        applicationEnvironment.putAll(environment);
        return this;
    }

    /**
     * Starts Keycloak, waits until the realm answers, starts the application and waits until it is ready. If any of
     * it fails, what was started is stopped again, so that no server outlives a failed start.
     */
    public DevStack start() throws IOException, InterruptedException {
        try {
            return startAll();
        } catch (IOException | InterruptedException | RuntimeException failed) {
            close();
            throw failed;
        }
    }

    /**
     * Starts the application server alone, without Keycloak and the mail catcher, and waits until it is ready; for a
     * start that must fail before it needs them (a production deployment without its secrets).
     */
    public DevStack startApplicationAlone() throws IOException, InterruptedException {
        try {
            Files.createDirectories(settings.logDir());
            requireFree(settings.appPort(), "the application");
            startApplication();
            awaitApplication();
            return this;
        } catch (IOException | InterruptedException | RuntimeException failed) {
            close();
            throw failed;
        }
    }

    private DevStack startAll() throws IOException, InterruptedException {
        Files.createDirectories(settings.logDir());
        // another server on our ports would answer the readiness checks in our place
        requireFree(settings.keycloakPort(), "Keycloak");
        requireFree(settings.keycloakPort() + 1000, "Keycloak's management interface");
        requireFree(settings.appPort(), "the application");
        requireFree(settings.mailPort(), "the mail catcher");
        mails = new MailCatcher(settings.mailPort());
        registries = RecordedRegistries.demo();
        Instant began = Instant.now();
        startKeycloak();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        waitUntil(Instant.now().plus(READY_WITHIN), "Keycloak", settings.logDir().resolve("keycloak.log"),
                () -> answers200(http, settings.issuer() + "/.well-known/openid-configuration"));
        Duration keycloakTook = Duration.between(began, Instant.now());
        startApplication();
        awaitApplication();
        System.out.printf("Keycloak ready after %d s, application ready after %d s%n", keycloakTook.toSeconds(),
                Duration.between(began, Instant.now()).toSeconds());
        return this;
    }

    /** Waits up to half a minute for a port that a server just stopped may still hold, then gives up clearly. */
    private static void requireFree(int port, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
                probe.setReuseAddress(true);
                return;
            } catch (IOException inUse) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("port " + port + " for " + what + " is in use: stop what runs there first");
                }
                Thread.sleep(1000);
            }
        }
    }

    private void startKeycloak() throws IOException {
        Path importDir = settings.keycloakHome().resolve("data/import");
        Files.createDirectories(importDir);
        try (Stream<Path> earlier = Files.list(importDir)) {
            // an import folder filled by an earlier version of this launcher may hold other realm files
            for (Path stale : earlier.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.delete(stale);
            }
        }
        Path demoRealm = settings.baseDir().resolve(DEMO_REALM_FILE);
        Files.writeString(importDir.resolve(demoRealm.getFileName()),
                mailTo(settings.mailPort(), backChannelTo(settings.appUrl(),
                        Files.readString(demoRealm, java.nio.charset.StandardCharsets.UTF_8))),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("bash", settings.keycloakHome().resolve("bin/kc.sh").toString(),
                "start-dev", "--import-realm",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + (settings.keycloakPort() + 1000),
                "--hostname-strict=false"));
        if (settings.keycloakInMemory()) {
            command.add("--db=dev-mem");
        }
        // an administrator of this start only (the tests change users and end sessions through the admin API)
        keycloak = launch(command, Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", keycloakAdminPassword), "keycloak.log");
        processes.add(keycloak);
    }

    /**
     * The demo realm as this stack imports it: Keycloak's back-channel logout calls the application where this stack
     * runs it, not the Run command's port written in the file, so that the tests' stacks get it too.
     */
    static String backChannelTo(String appUrl, String realmJson) {
        return realmJson.replace(DEMO_BACK_CHANNEL_LOGOUT, appUrl + "/session/backchannel-logout");
    }

    /**
     * The demo realm as this stack imports it: Keycloak mails (a reviewer's first-login link) to this stack's mail
     * catcher, not to the Run command's port written in the file, so that a test reads them.
     */
    static String mailTo(int mailPort, String realmJson) {
        return REALM_MAIL_PORT.matcher(realmJson).replaceFirst("$1" + mailPort + "\"");
    }

    /** The Keycloak administrator's password, made up for this start (user {@value #KEYCLOAK_ADMIN}, master realm). */
    public String keycloakAdminPassword() {
        return keycloakAdminPassword;
    }

    /**
     * Ready means: Payara says that the WAR is deployed, and then {@code /health/ready} reports each of the
     * application's own checks UP by name. Only the log written since this start counts (a restart appends).
     */
    private void awaitApplication() throws IOException, InterruptedException {
        Path log = settings.logDir().resolve("payara.log");
        Instant deadline = Instant.now().plus(READY_WITHIN);
        waitUntil(deadline, "the application (deployment)", log, () -> PAYARA_READY.matcher(logSinceStart(log)).find());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        waitUntil(deadline, "the application (readiness checks)", log, () -> allUp(http, settings.appUrl() + "/health/ready"));
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

    /** What the application server logged since its last start (for tests that look for what must never happen). */
    public String applicationLogSinceStart() throws IOException {
        return logSinceStart(settings.logDir().resolve("payara.log"));
    }

    private String logSinceStart(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(applicationLogStart, file.length()));
            byte[] rest = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(rest);
            return new String(rest, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Kills the application server as a crash would (SIGKILL: no shutdown hook, nothing flushed), for the fault
     * tests; Keycloak and the mail catcher run on.
     */
    public void killApplication() throws InterruptedException {
        application.descendants().forEach(ProcessHandle::destroyForcibly);
        application.destroyForcibly();
        application.waitFor(30, TimeUnit.SECONDS);
        processes.remove(application);
    }

    /** The application server's process id (its JVM's), e.g. to record it with Java Flight Recorder. */
    public long applicationPid() {
        return application.pid();
    }

    /** Stops the application server as an operator would (its shutdown runs), e.g. to start it with other settings. */
    public void stopApplication() {
        stop(application);
        processes.remove(application);
    }

    /** Starts the application server again on the same database and file store and waits until it is ready. */
    public void restartApplication() throws IOException, InterruptedException {
        requireFree(settings.appPort(), "the application");
        startApplication();
        awaitApplication();
    }

    private void startApplication() throws IOException {
        // Payara Micro records what it deployed in its root folder and deploys that old WAR again at the next start,
        // before the new one: readiness then answers for the old build while the new one replaces it
        deleteRecursively(settings.logDir().resolve("payara-root"));
        List<String> command = List.of(javaExecutable(), "-Xmx1g", "-jar", settings.payaraMicroJar().toString(),
                "--deploy", settings.war().toString(), "--contextroot", "/",
                "--port", Integer.toString(settings.appPort()), "--nohazelcast",
                "--rootdir", settings.logDir().resolve("payara-root").toString());
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "OPENDIVIDEND_DB_URL", settings.databaseUrl(),
                "OPENDIVIDEND_OIDC_PROVIDER_URI", settings.issuer(),
                "OPENDIVIDEND_PUBLIC_URL", settings.appUrl(),
                "OPENDIVIDEND_FILES_DIR", settings.filesDir().toAbsolutePath().toString(),
                // beside the file store: a test's fresh data directory gets fresh checkpoints (and a fresh demo key)
                "OPENDIVIDEND_AUDIT_CHECKPOINT_DIR", settings.filesDir().resolveSibling("audit-checkpoints").toAbsolutePath().toString(),
                "OPENDIVIDEND_MAIL_HOST", "127.0.0.1",
                "OPENDIVIDEND_MAIL_PORT", Integer.toString(settings.mailPort())));
        environment.putAll(demoEnvironment());
        if (registries != null) {
            // the demo's and the browser tests' registries (README, Open outputs); a start without them (the
            // production start) keeps the real ones
            environment.putAll(registries.environment());
        }
        environment.putAll(applicationEnvironment);
        // a restart appends to the log, so that what the killed server wrote last stays readable
        Path log = settings.logDir().resolve("payara.log");
        applicationLogStart = application != null && Files.exists(log) ? Files.size(log) : 0;
        application = launch(command, environment, "payara.log", application != null);
        processes.add(application);
    }

    /**
     * Run and Test are the demo: demo mode (demo data, the banner), the demo realm's client secret and the demo
     * database password, each unless this process's environment names its own (e.g. a PostgreSQL password).
     */
    private Map<String, String> demoEnvironment() throws IOException {
        Map<String, String> demo = new java.util.HashMap<>();
        demo.put("OPENDIVIDEND_MODE", "demo");
        if (System.getenv("OPENDIVIDEND_OIDC_CLIENT_SECRET") == null) {
            demo.put("OPENDIVIDEND_OIDC_CLIENT_SECRET", DemoLogins.clientSecret(settings.baseDir().resolve(DEMO_REALM_FILE)));
        }
        if (System.getenv(INVITATIONS_SECRET_VARIABLE) == null) {
            demo.put(INVITATIONS_SECRET_VARIABLE, DemoLogins.clientSecret(settings.baseDir().resolve(DEMO_REALM_FILE),
                    INVITATIONS_CLIENT));
        }
        if (System.getenv("OPENDIVIDEND_DB_PASSWORD") == null) {
            demo.put("OPENDIVIDEND_DB_PASSWORD", DEMO_DB_PASSWORD);
        }
        return demo;
    }

    private Process launch(List<String> command, Map<String, String> environment, String logName) throws IOException {
        return launch(command, environment, logName, false);
    }

    private Process launch(List<String> command, Map<String, String> environment, String logName, boolean append)
            throws IOException {
        java.io.File log = settings.logDir().resolve(logName).toFile();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.baseDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log) : ProcessBuilder.Redirect.to(log));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A condition polled while a server starts. */
    private interface Condition {
        boolean holds() throws IOException, InterruptedException;
    }

    /** Polls every second until the condition holds; gives up with the log's tail when a process ends or fails to deploy. */
    private void waitUntil(Instant deadline, String what, Path log, Condition condition)
            throws IOException, InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException(what + " stopped while starting; see " + log + ":\n" + tail(log));
            }
            if (log.getFileName().toString().equals("payara.log") && DEPLOYMENT_FAILED.matcher(logSinceStart(log)).find()) {
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
    private static boolean answers200(HttpClient http, String url) throws InterruptedException {
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

    /** The mails the application sent, caught instead of delivered. */
    public MailCatcher mails() {
        return mails;
    }

    /** Stops the application, then Keycloak, each with all the processes it started, then the mail catcher. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            stop(processes.get(i));
        }
        processes.clear();
        if (mails != null) {
            mails.close();
            mails = null;
        }
        if (registries != null) {
            registries.close();
            registries = null;
        }
    }

    /** Takes Keycloak away while the application runs on, as an outage would; for the fault tests. */
    public void stopKeycloak() {
        stop(keycloak);
        processes.remove(keycloak);
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a folder and everything in it (a fresh data folder for a test or benchmark run); absent is fine. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Whether any process of the stack has ended on its own. */
    boolean anyStopped() {
        return processes.stream().anyMatch(p -> !p.isAlive());
    }

    /** A port of the Run command, 8080 and 8180 unless the environment moves it (README, Run). */
    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    /** The README's Run command ends here: start everything, print where it is and who can log in, run until Ctrl-C. */
    public static void main(String[] args) throws Exception {
        Path baseDir = Path.of("").toAbsolutePath();
        Settings settings = new Settings(baseDir,
                Path.of(System.getenv("OD_KEYCLOAK_HOME")),
                Path.of(System.getenv("OD_PAYARA_MICRO_JAR")),
                Path.of(System.getenv("OD_WAR")),
                // a database named in the environment (e.g. PostgreSQL, see the README) wins over the H2 default
                Optional.ofNullable(System.getenv("OPENDIVIDEND_DB_URL")).orElse(Settings.h2In(baseDir.resolve("data"))),
                baseDir.resolve("data/files"), port("OD_APP_PORT", 8080), port("OD_KEYCLOAK_PORT", 8180), false);
        DevStack stack = new DevStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the application and Keycloak …");
            stack.close();
        }));
        stack.start();
        System.out.println(DemoLogins.banner(settings));
        int shown = 0;
        while (!stack.anyStopped()) {
            Thread.sleep(1000);
            var received = stack.mails().received();
            for (; shown < received.size(); shown++) {
                var mail = received.get(shown);
                System.out.println("Mail caught for " + java.util.Arrays.toString(mail.getAllRecipients()) + ": "
                        + MailCatcher.subject(mail));
            }
        }
        System.err.println("A server stopped on its own; logs are in " + settings.logDir());
        System.exit(1);
    }
}
