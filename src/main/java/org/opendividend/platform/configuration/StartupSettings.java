package org.opendividend.platform.configuration;

import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Files;
import java.nio.file.Path;
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
    /**
     * The directory of the audit chain's signed checkpoints and of their key pair, outside the database: required in
     * production, where the key pair must already be there; in demo mode {@link #DEMO_CHECKPOINT_DIR} by default,
     * with a key pair generated on first use.
     */
    public static final String AUDIT_CHECKPOINT_DIR = "opendividend.audit.checkpoint-dir";
    /** The Ed25519 private key (PKCS#8 PEM, e.g. {@code openssl genpkey -algorithm ed25519}) in that directory. */
    public static final String CHECKPOINT_PRIVATE_KEY = "audit-checkpoint.key";
    /** Its public key (X.509 PEM, {@code openssl pkey -pubout}). */
    public static final String CHECKPOINT_PUBLIC_KEY = "audit-checkpoint.pub";
    static final String DEMO_CHECKPOINT_DIR = "./data/audit-checkpoints";
    /**
     * In demo mode, whether every login's e-mail address counts as verified (default true): the demo's Keycloak has
     * no mail server to send verification mails through, and its journey (register, found an organisation, invite a
     * colleague who accepts) needs verified addresses. Production refuses to start with it set to true.
     */
    public static final String DEMO_TRUST_ADDRESSES = "opendividend.demo.trust-addresses";

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

    /** Where the audit checkpoints are kept: the setting, or in demo mode the demo directory; empty in production unset. */
    public Optional<Path> auditCheckpointDir() {
        return settings.apply(AUDIT_CHECKPOINT_DIR).or(() -> demo() ? Optional.of(DEMO_CHECKPOINT_DIR) : Optional.empty())
                .map(Path::of);
    }

    /** Every address counts as verified only in demo mode, and there unless turned off with {@link #DEMO_TRUST_ADDRESSES}. */
    public boolean trustsUnverifiedAddresses() {
        return demo() && settings.apply(DEMO_TRUST_ADDRESSES).map(Boolean::parseBoolean).orElse(true);
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
            if (settings.apply(DEMO_TRUST_ADDRESSES).map(Boolean::parseBoolean).orElse(false)) {
                problems.add(describe(DEMO_TRUST_ADDRESSES) + " is true: production mails and admits only addresses the"
                        + " identity provider verified");
            }
            // behind the TLS proxy the server sees plain http: only this address tells it the public https origin
            // (the session cookie's Secure, the origin writes are checked against, the links in mails)
            String publicUrl = settings.apply(PUBLIC_URL).orElse("");
            if (!publicUrl.startsWith("https://")) {
                problems.add(describe(PUBLIC_URL) + " is '" + publicUrl + "': in production it must be the https address"
                        + " people reach the application at");
            }
            checkpointKeysInProduction(problems);
        }
        return problems;
    }

    /**
     * Production signs the audit checkpoints with a key pair it never generates itself: generated on the server, a
     * key lost with a redeployment would leave the old checkpoints unverifiable without anyone noticing.
     */
    private void checkpointKeysInProduction(List<String> problems) {
        Optional<Path> dir = auditCheckpointDir();
        if (dir.isEmpty()) {
            problems.add(describe(AUDIT_CHECKPOINT_DIR) + " is not set: the directory, outside the database, of the audit"
                    + " checkpoints and their key pair " + CHECKPOINT_PRIVATE_KEY + " and " + CHECKPOINT_PUBLIC_KEY);
            return;
        }
        for (String key : List.of(CHECKPOINT_PRIVATE_KEY, CHECKPOINT_PUBLIC_KEY)) {
            if (!Files.isReadable(dir.get().resolve(key))) {
                problems.add(describe(AUDIT_CHECKPOINT_DIR) + " is '" + dir.get() + "', which holds no readable " + key
                        + ": generate the key pair there (README, Production deployment)");
            }
        }
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
                + (seedsDemoData() ? ", with demo data" : "")
                + (trustsUnverifiedAddresses() ? ", every e-mail address taken as verified (" + DEMO_TRUST_ADDRESSES + ")" : ""));
    }
}
