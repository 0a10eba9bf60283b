package org.opendividend.devstack;

import org.opendividend.outputs.RecordedRegistries;
import org.opendividend.platform.persistence.DatabaseConfiguration;

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
 * the application's WAR at "/". Used by the README's Run command ({@link RunCommand}) and by the browser and HTTP tests
 * (on other ports, with a fresh database), so that both start the stack the same way.
 */
public final class DevStack implements AutoCloseable {

    static final String REALM = "opendividend";
    /** The demo realm file ({@link DemoRealmImport#FILE}). */
    static final String DEMO_REALM_FILE = DemoRealmImport.FILE;
    /** The client whose service account creates invited reviewers' accounts, and the variable its secret is passed in. */
    public static final String INVITATIONS_CLIENT = "opendividend-reviewer-invitations";
    static final String INVITATIONS_SECRET_VARIABLE = "OPENDIVIDEND_KEYCLOAK_INVITATIONS_CLIENT_SECRET";
    /** The password of the demo H2 database, which the Run command's {@code data/h2} was created with. */
    public static final String DEMO_DB_PASSWORD = "opendividend-demo";
    /** Where things are and which ports to use. */
    public record Settings(Path baseDir, Path keycloakHome, Path payaraMicroJar, Path war, String databaseUrl,
                           Path filesDir, int appPort, int keycloakPort, boolean keycloakInMemory) {

        /** An H2 file database in the given folder. */
        public static String h2In(Path dataDir) {
            return "jdbc:h2:file:" + dataDir.resolve("h2/opendividend").toAbsolutePath()
                    + DatabaseConfiguration.H2_SETTINGS;
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

    /** The user name of the Keycloak administrator of the master realm that each start makes (see {@link #startKeycloak}). */
    public static final String KEYCLOAK_ADMIN = "stack-admin";

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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        StartupWatch.waitUntil(Instant.now().plus(StartupWatch.READY_WITHIN), "Keycloak",
                settings.logDir().resolve("keycloak.log"), 0, processes, () -> StartupWatch.answers200(http, settings.issuer() + "/.well-known/openid-configuration"));
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
        DemoRealmImport.prepare(settings.baseDir(), settings.keycloakHome(), settings.appUrl(), settings.mailPort());
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
        Instant deadline = Instant.now().plus(StartupWatch.READY_WITHIN);
        StartupWatch.waitUntil(deadline, "the application (deployment)", log, applicationLogStart, processes,
                () -> StartupWatch.PAYARA_READY.matcher(StartupWatch.logSince(log, applicationLogStart)).find());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        StartupWatch.waitUntil(deadline, "the application (readiness checks)", log, applicationLogStart, processes,
                () -> StartupWatch.allUp(http, settings.appUrl() + "/health/ready"));
    }

    /** What the application server logged since its last start (for tests that look for what must never happen). */
    public String applicationLogSinceStart() throws IOException {
        return StartupWatch.logSince(settings.logDir().resolve("payara.log"), applicationLogStart);
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

    /** The identity provider's process id (the script that starts Keycloak; its JVM is a child of it). */
    public long identityProviderPid() {
        return keycloak.pid();
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
}
