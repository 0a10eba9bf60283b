package org.opendividend.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The demo realm as a stack's Keycloak imports it: the file of {@code realm-config/} with the two addresses that
 * depend on where this stack runs (the application's back-channel logout and Keycloak's own SMTP server, the stack's
 * mail catcher) rewritten, put alone into Keycloak's import folder.
 */
final class DemoRealmImport {

    /**
     * The demo realm, the only one Keycloak imports here: the production realm beside it in {@code realm-config/}
     * has the same name and is for real deployments (README, Production deployment).
     */
    static final String FILE = "realm-config/opendividend-realm.json";
    /** Where the demo realm file sends Keycloak's own mails (first-login links): the Run command's mail catcher. */
    static final int MAIL_PORT = 8090;
    /** Where the demo realm file sends Keycloak's back-channel logout: the application of the Run command. */
    static final String BACK_CHANNEL_LOGOUT = "http://localhost:8080/session/backchannel-logout";
    private static final Pattern SMTP_PORT = Pattern.compile(
            "(\"smtpServer\"\\s*:\\s*\\{[^}]*\"port\"\\s*:\\s*\")" + MAIL_PORT + "\"");

    private DemoRealmImport() {
    }

    /** Writes the realm for a stack whose application is at {@code appUrl} and whose mail catcher at {@code mailPort}. */
    static void prepare(Path baseDir, Path keycloakHome, String appUrl, int mailPort) throws IOException {
        Path importDir = keycloakHome.resolve("data/import");
        Files.createDirectories(importDir);
        try (Stream<Path> earlier = Files.list(importDir)) {
            // an import folder filled by an earlier version of this launcher may hold other realm files
            for (Path stale : earlier.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.delete(stale);
            }
        }
        Path demoRealm = baseDir.resolve(FILE);
        Files.writeString(importDir.resolve(demoRealm.getFileName()),
                mailTo(mailPort, backChannelTo(appUrl, Files.readString(demoRealm, StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8);
    }

    /**
     * Keycloak's back-channel logout calls the application where this stack runs it, not the Run command's port
     * written in the file, so that the tests' stacks get it too.
     */
    static String backChannelTo(String appUrl, String realmJson) {
        return realmJson.replace(BACK_CHANNEL_LOGOUT, appUrl + "/session/backchannel-logout");
    }

    /**
     * Keycloak mails (a reviewer's first-login link) to this stack's mail catcher, not to the Run command's port
     * written in the file, so that a test reads them.
     */
    static String mailTo(int mailPort, String realmJson) {
        return SMTP_PORT.matcher(realmJson).replaceFirst("$1" + mailPort + "\"");
    }
}
