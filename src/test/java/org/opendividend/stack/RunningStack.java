package org.opendividend.stack;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opendividend.devstack.DevStack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * JUnit extension for tests against the whole running stack: starts Keycloak and the application once for all
 * test classes of the run (ports 8380 and 8280, a fresh H2 database under target/, Keycloak in memory with the
 * realm freshly imported) and stops both when the run ends. Paths come from failsafe's system properties. After
 * each test it fails the test if the application logged an incident the test did not expect ({@link Incidents}).
 */
public class RunningStack implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Moved with {@code -Dopendividend.it.app-port=…} so that a second run (e.g. in a copy) can share the machine. */
    public static final int APP_PORT = Integer.getInteger("opendividend.it.app-port", 8280);
    public static final int KEYCLOAK_PORT = Integer.getInteger("opendividend.it.keycloak-port", 8380);

    private static DevStack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (stack == null) {
                stack = new DevStack(settings()).start();
                warmUp();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningStack.class, (ExtensionContext.Store.CloseableResource) RunningStack::stop);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Incidents.mark(log());
    }

    /** Fails the test when the application logged an incident the test did not expect ({@link Incidents}). */
    @Override
    public void afterEach(ExtensionContext context) throws IOException, InterruptedException {
        String unexpected = Incidents.unexpected(Incidents.loggedSinceMark(log()));
        if (unexpected != null) {
            throw new AssertionError(unexpected);
        }
    }

    private static Path log() {
        return stack().settings().logDir().resolve("payara.log");
    }

    /**
     * Renders the public pages and their resources once before the first test, so that the first browser test of a
     * run does not pay for compiling the Facelets and loading PrimeFaces (seen to exceed its waits on a busy machine).
     */
    private static void warmUp() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (String path : java.util.List.of("/", "/calls/", "/calls/call.xhtml?id=1001", "/session/signin",
                "/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces",
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces")) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(appUrl() + path))
                        .timeout(java.time.Duration.ofSeconds(60)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException ignored) {
                // a warm-up only: the tests report what does not work
            }
        }
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    public static DevStack stack() {
        if (stack == null) {
            throw new IllegalStateException("the stack is not running: annotate the test class with @ExtendWith(RunningStack.class)");
        }
        return stack;
    }

    public static String appUrl() {
        return "http://localhost:" + APP_PORT;
    }

    public static String keycloakUrl() {
        return "http://localhost:" + KEYCLOAK_PORT;
    }

    private static DevStack.Settings settings() throws IOException {
        Path baseDir = Path.of(System.getProperty("opendividend.basedir", "")).toAbsolutePath();
        Path dataDir = baseDir.resolve("target/it-data");
        DevStack.deleteRecursively(dataDir);
        return new DevStack.Settings(baseDir,
                Path.of(required("opendividend.keycloak.home")),
                Path.of(required("payara.microJar")),
                Path.of(required("opendividend.war")),
                DevStack.Settings.h2In(dataDir), dataDir.resolve("files"), APP_PORT, KEYCLOAK_PORT, true);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with mvn verify");
        }
        return value;
    }

}
