package org.opendividend.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The demo users of the realm file, as the Run command prints them: read from the file, so they never drift. */
public final class DemoLogins {

    private static final Set<String> TECHNICAL_ROLES = Set.of("default-roles-opendividend", "offline_access",
            "uma_authorization");

    /**
     * One demo user: login, password, the application's roles, the groups (ministries) and the base32 secret of their
     * one-time codes (the demo approvers and finance users; empty for the others, who are asked for none).
     */
    public record DemoUser(String username, String password, List<String> roles, List<String> groups, String otpSecret) {
    }

    private DemoLogins() {
    }

    public static List<DemoUser> read(Path realmFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(realmFile)) {
            JsonObject realm = Json.createReader(reader).readObject();
            List<DemoUser> users = new ArrayList<>();
            for (JsonValue value : realm.getJsonArray("users")) {
                JsonObject user = value.asJsonObject();
                if (isServiceAccount(user)) {
                    continue;
                }
                String password = user.getJsonArray("credentials").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(c -> "password".equals(c.getString("type")))
                        .map(c -> c.getString("value")).findFirst().orElse("");
                String otpSecret = user.getJsonArray("credentials").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(c -> "otp".equals(c.getString("type")))
                        .map(c -> Json.createReader(new java.io.StringReader(c.getString("secretData"))).readObject().getString("value"))
                        .findFirst().orElse("");
                List<String> roles = strings(user, "realmRoles").stream()
                        .filter(r -> !TECHNICAL_ROLES.contains(r)).toList();
                users.add(new DemoUser(user.getString("username"), password, roles, strings(user, "groups"), otpSecret));
            }
            return users;
        }
    }

    /** The application's own service account (a client's, e.g. for reviewer invitations), nobody who logs in. */
    public static boolean isServiceAccount(JsonObject user) {
        return user.containsKey("serviceAccountClientId");
    }

    /** The secret of the application's client in a realm file: the demo realm has one, the production realm none. */
    public static String clientSecret(Path realmFile) throws IOException {
        return clientSecret(realmFile, "opendividend-web");
    }

    /** The secret of one client in a realm file; empty when the file has none (production). */
    public static String clientSecret(Path realmFile, String clientId) throws IOException {
        try (Reader reader = Files.newBufferedReader(realmFile)) {
            return Json.createReader(reader).readObject().getJsonArray("clients").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(client -> clientId.equals(client.getString("clientId")))
                    .map(client -> client.getString("secret", ""))
                    .findFirst().orElse("");
        }
    }

    private static List<String> strings(JsonObject object, String name) {
        if (!object.containsKey(name)) {
            return List.of();
        }
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static String banner(DevStack.Settings settings) throws IOException {
        StringBuilder out = new StringBuilder("\n==== Open Dividend 開放紅利 is running ====\n")
                .append("  Application:  ").append(settings.appUrl()).append('\n')
                .append("  Keycloak:     ").append(settings.issuer()).append('\n')
                .append("  Health:       ").append(settings.appUrl()).append("/health/ready\n")
                .append("  Database:     ").append(settings.databaseUrl()).append('\n')
                .append("  Logs:         ").append(settings.logDir()).append('\n')
                .append("  Mail:         caught on port ").append(settings.mailPort()).append(" and shown here, never delivered\n")
                .append("\n  Demo logins (demo only, never in production):\n");
        for (DemoUser user : read(settings.baseDir().resolve(DevStack.DEMO_REALM_FILE))) {
            out.append(String.format("    %-18s password %-6s %-22s %-16s%s%n", user.username(), user.password(),
                    String.join(",", user.roles()), user.groups().stream().collect(Collectors.joining(",")),
                    user.otpSecret().isEmpty() ? "" : " + one-time code"));
        }
        return out.append("\n  Approvers and finance users also give a one-time code (TOTP) at login: get the current one with\n")
                .append("    java realm-config/DemoOtp.java <login>      (e.g. approver.moc; each code is taken once, wait for the next)\n")
                .append("\n  New applicants can register on the login page. Press Ctrl-C to stop both servers.\n").toString();
    }
}
