package org.opendividend.platform.configuration;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The settings a deployment is checked against before it touches the database: its {@link Mode} and the secrets
 * production needs. Production (the default) requires the OpenID Connect client secret and the database password
 * and never seeds demo data; demo (the Run and Test commands) seeds the demo data and accepts the demo realm's
 * secret and the demo database password that the launcher passes, or none. The repository holds no secret at all.
 */
public final class StartupSettings {

    public static final String MODE = "opendividend.mode";
    public static final String CLIENT_SECRET = "opendividend.oidc.client-secret";
    public static final String DB_PASSWORD = "opendividend.db.password";
    public static final String PUBLIC_URL = "opendividend.public-url";
    /** In demo mode, whether the demo data is seeded (default true); production never seeds it. */
    public static final String DEMO_SEED = "opendividend.demo.seed";

    private static final Logger LOG = Logger.getLogger(StartupSettings.class.getName());

    private final Function<String, Optional<String>> settings;

    /** Reads each setting by its key; an absent or blank value counts as not set. */
    public StartupSettings(Function<String, Optional<String>> settings) {
        this.settings = key -> settings.apply(key).filter(value -> !value.isBlank());
    }

    /**
     * The settings of this deployment: MicroProfile Config in the server (environment variables, system properties
     * and {@code microprofile-config.properties}); outside a server (the schema tests, which build the persistence
     * unit themselves) system properties, then the environment.
     */
    public static StartupSettings current() {
        try {
            var config = ConfigProvider.getConfig();
            return new StartupSettings(key -> config.getOptionalValue(key, String.class));
        } catch (IllegalStateException noConfigOutsideTheServer) {
            return new StartupSettings(key -> Optional.ofNullable(System.getProperty(key))
                    .or(() -> Optional.ofNullable(System.getenv(environmentVariable(key)))));
        }
    }

    /** The environment variable that sets a key in MicroProfile Config: upper case, dots and dashes as underscores. */
    public static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The mode asked for; production when none is named (or an unknown one, which {@link #problems()} reports). */
    public Mode mode() {
        return settings.apply(MODE).flatMap(Mode::named).orElse(Mode.PRODUCTION);
    }

    public boolean demo() {
        return mode() == Mode.DEMO;
    }

    /** Demo data only in demo mode, and there unless turned off with {@link #DEMO_SEED}{@code =false}. */
    public boolean seedsDemoData() {
        return demo() && settings.apply(DEMO_SEED).map(Boolean::parseBoolean).orElse(true);
    }

    /** What keeps this deployment from starting, each naming the setting and its environment variable; empty when fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        settings.apply(MODE).filter(value -> Mode.named(value).isEmpty()).ifPresent(value -> problems.add(
                describe(MODE) + " is '" + value + "': it must be 'production' (the default) or 'demo'"));
        if (!demo()) {
            requireInProduction(CLIENT_SECRET,
                    "the secret of the client opendividend-web that Keycloak generated (realm opendividend, Clients, Credentials)",
                    problems);
            requireInProduction(DB_PASSWORD, "the password of the database user", problems);
            // behind the TLS proxy the server sees plain http: only this address tells it the public https origin
            // (the session cookie's Secure, the origin writes are checked against, the links in mails)
            String publicUrl = settings.apply(PUBLIC_URL).orElse("");
            if (!publicUrl.startsWith("https://")) {
                problems.add(describe(PUBLIC_URL) + " is '" + publicUrl + "': in production it must be the https address"
                        + " people reach the application at");
            }
        }
        return problems;
    }

    private void requireInProduction(String key, String what, List<String> problems) {
        if (settings.apply(key).isEmpty()) {
            problems.add(describe(key) + " is not set: " + what);
        }
    }

    private static String describe(String key) {
        return key + " (environment variable " + environmentVariable(key) + ")";
    }

    /**
     * Refuses to go on when a problem is found: logs every problem at once and throws, so that the deployment fails
     * (and readiness never reports UP) before the database is touched.
     */
    public void requireComplete() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            String message = "Open Dividend cannot start in " + mode().name().toLowerCase(Locale.ROOT) + " mode: "
                    + String.join("; ", problems)
                    + ". Set the missing settings (README, Production deployment); demo mode (" + environmentVariable(MODE)
                    + "=demo) is only for the Run and Test commands.";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "running in " + mode().name().toLowerCase(Locale.ROOT) + " mode"
                + (seedsDemoData() ? ", with demo data" : ""));
    }
}
