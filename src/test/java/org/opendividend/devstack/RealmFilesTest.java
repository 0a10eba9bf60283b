package org.opendividend.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two realm files of {@code realm-config/}: the demo realm that Run and Test import, with its demo users and
 * secret, and the production realm a deployment imports, safe as it is and otherwise the same realm.
 */
class RealmFilesTest {

    private static final Path DEMO = Path.of(DevStack.DEMO_REALM_FILE);
    private static final Path PRODUCTION = Path.of("realm-config/opendividend-realm-production.json");

    private static JsonObject demo;
    private static JsonObject production;

    @BeforeAll
    static void read() throws IOException {
        demo = json(DEMO);
        production = json(PRODUCTION);
    }

    private static JsonObject json(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Json.createReader(reader).readObject();
        }
    }

    private static JsonObject webClient(JsonObject realm) {
        return realm.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .filter(c -> "opendividend-web".equals(c.getString("clientId"))).findFirst().orElseThrow();
    }

    private static JsonObject client(JsonObject realm, String clientId) {
        return realm.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .filter(c -> clientId.equals(c.getString("clientId"))).findFirst().orElseThrow();
    }

    private static List<JsonObject> serviceAccounts(JsonObject realm) {
        return realm.getJsonArray("users").stream().map(JsonValue::asJsonObject).filter(DemoLogins::isServiceAccount).toList();
    }

    @Test
    void productionHasNoUsersAndNoSecret() throws IOException {
        assertTrue(production.getJsonArray("users").stream().map(JsonValue::asJsonObject).allMatch(DemoLogins::isServiceAccount),
                "no demo users, only the application's service account");
        assertFalse(client(production, DevStack.INVITATIONS_CLIENT).containsKey("secret"), "Keycloak generates it");
        assertFalse(webClient(production).containsKey("secret"), "Keycloak generates the client secret");
        assertEquals("", DemoLogins.clientSecret(PRODUCTION));
    }

    /**
     * The invitations' client may act only as its service account (no login of people through it), and that account
     * may only find and manage users: no realm settings, no clients, no other admin role.
     */
    @Test
    void bothRealmsLetTheInvitationsServiceAccountManageUsersOnly() throws IOException {
        for (JsonObject realm : List.of(demo, production)) {
            JsonObject client = client(realm, DevStack.INVITATIONS_CLIENT);
            assertTrue(client.getBoolean("serviceAccountsEnabled"));
            assertFalse(client.getBoolean("publicClient"), "confidential");
            assertFalse(client.getBoolean("standardFlowEnabled"), "nobody logs in through it");
            assertFalse(client.getBoolean("directAccessGrantsEnabled"));
            List<JsonObject> accounts = serviceAccounts(realm);
            assertEquals(1, accounts.size());
            JsonObject account = accounts.get(0);
            assertEquals(DevStack.INVITATIONS_CLIENT, account.getString("serviceAccountClientId"));
            assertEquals(java.util.Set.of("realm-management"), account.getJsonObject("clientRoles").keySet());
            assertEquals(List.of("manage-users", "view-users", "query-users"), account.getJsonObject("clientRoles")
                    .getJsonArray("realm-management").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            assertTrue(account.getJsonArray("realmRoles").isEmpty(), "no realm role");
        }
        assertFalse(DemoLogins.clientSecret(DEMO, DevStack.INVITATIONS_CLIENT).isEmpty(), "Run and Test pass the demo's");
    }

    @Test
    void productionRequiresTlsVerifiedMailAndAStrongPassword() {
        assertEquals("external", production.getString("sslRequired"));
        assertTrue(production.getBoolean("verifyEmail"), "e-mail verification on registration");
        assertTrue(production.getBoolean("bruteForceProtected"));
        String policy = production.getString("passwordPolicy");
        List<String> rules = List.of(policy.split("\\s+and\\s+"));
        assertTrue(rules.contains("length(12)"), policy);
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("notUsername")), policy);
        assertTrue(rules.stream().anyMatch(r -> r.matches("passwordHistory\\([1-9][0-9]*\\)")), policy);
    }

    @Test
    void productionRedirectsOnlyToExactHttpsAddresses() {
        JsonObject client = webClient(production);
        List<String> redirects = client.getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        String logoutRedirects = client.getJsonObject("attributes").getString("post.logout.redirect.uris");
        assertFalse(redirects.isEmpty());
        for (String uri : redirects) {
            assertFalse(uri.contains("*"), "no wildcard: " + uri);
            assertTrue(uri.startsWith("https://"), uri);
        }
        for (String uri : logoutRedirects.split("##")) {
            assertFalse(uri.contains("*"), "no wildcard: " + uri);
            assertTrue(uri.startsWith("https://"), uri);
        }
        assertTrue(redirects.contains("https://grants.example.gov.tw/callback"),
                "the placeholder host the README tells to replace: " + redirects);
    }

    @Test
    void productionIsTheSameRealmAsTheDemo() {
        assertEquals(demo.getString("realm"), production.getString("realm"), "the application's provider URI fits both");
        for (String part : List.of("roles", "groups", "defaultRole", "supportedLocales", "browserFlow", "directGrantFlow", "authenticationFlows",
                "authenticatorConfig", "otpPolicyType", "otpPolicyAlgorithm", "otpPolicyDigits", "otpPolicyPeriod",
                "otpPolicyCodeReusable")) {
            assertEquals(demo.get(part), production.get(part), part);
        }
        assertEquals(webClient(demo).get("protocolMappers"), webClient(production).get("protocolMappers"),
                "the same claims: roles as groups, ministries");
    }

    @Test
    void bothRealmsEndTheApplicationSessionByBackChannelLogout() {
        for (JsonObject realm : List.of(demo, production)) {
            JsonObject client = webClient(realm);
            JsonObject attributes = client.getJsonObject("attributes");
            assertFalse(client.getBoolean("frontchannelLogout"), "logout reaches the application from Keycloak, not via the browser");
            assertTrue(attributes.getString("backchannel.logout.url").endsWith("/session/backchannel-logout"), attributes.toString());
            assertEquals("true", attributes.getString("backchannel.logout.session.required"), "the token names the session (sid)");
        }
        assertEquals("https://grants.example.gov.tw/session/backchannel-logout",
                webClient(production).getJsonObject("attributes").getString("backchannel.logout.url"));
    }

    @Test
    void eachStackGetsTheBackChannelLogoutOnItsOwnPort() throws IOException {
        String realm = Files.readString(DEMO, StandardCharsets.UTF_8);
        assertTrue(realm.contains(DemoRealmImport.BACK_CHANNEL_LOGOUT), "the Run command's address is in the demo realm");
        String imported = DemoRealmImport.backChannelTo("http://localhost:8280", realm);
        assertTrue(imported.contains("\"backchannel.logout.url\": \"http://localhost:8280/session/backchannel-logout\""));
        assertFalse(imported.contains(DemoRealmImport.BACK_CHANNEL_LOGOUT));
    }

    /**
     * Keycloak's own mails (an invited reviewer's "set your password" link) go to the mail catcher of the stack that
     * imported the realm: the Run command's (its port in the file), or a test stack's.
     */
    @Test
    void eachStackCatchesKeycloaksMailsOnItsOwnPort() throws IOException {
        JsonObject smtp = demo.getJsonObject("smtpServer");
        assertEquals("localhost", smtp.getString("host"));
        assertEquals(Integer.toString(DemoRealmImport.MAIL_PORT), smtp.getString("port"));
        assertFalse(smtp.getString("from").isBlank());
        String imported = DemoRealmImport.mailTo(8690, Files.readString(DEMO, StandardCharsets.UTF_8));
        assertEquals("8690", Json.createReader(new java.io.StringReader(imported)).readObject()
                .getJsonObject("smtpServer").getString("port"));
        assertFalse(production.containsKey("smtpServer"), "production's mail server is the deployment's (README)");
    }

    @Test
    void theFirstLoginMailMayLeadToTheReviewersAreaInBothRealms() {
        assertTrue(webClient(production).getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList().contains("https://grants.example.gov.tw/reviewer/"));
        assertTrue(webClient(demo).getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).anyMatch("http://localhost:8680/*"::equals), "the tests' stacks' ports");
    }

    @Test
    void demoKeepsItsUsersAndSecret() throws IOException {
        List<String> logins = DemoLogins.read(DEMO).stream().map(DemoLogins.DemoUser::username).toList();
        assertTrue(logins.containsAll(List.of("applicant", "officer.moc", "admin")), "demo logins: " + logins);
        assertFalse(DemoLogins.clientSecret(DEMO).isEmpty(), "Run and Test pass the demo realm's secret");
    }

    /** The flow a browser login takes: by its alias, as the realm file binds it. */
    private static JsonObject flow(JsonObject realm, String alias) {
        return realm.getJsonArray("authenticationFlows").stream().map(JsonValue::asJsonObject)
                .filter(f -> alias.equals(f.getString("alias"))).findFirst()
                .orElseThrow(() -> new AssertionError("no flow " + alias));
    }

    private static List<JsonObject> executions(JsonObject flow) {
        return flow.getJsonArray("authenticationExecutions").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject config(JsonObject realm, JsonObject execution) {
        String alias = execution.getString("authenticatorConfig");
        return realm.getJsonArray("authenticatorConfig").stream().map(JsonValue::asJsonObject)
                .filter(c -> alias.equals(c.getString("alias"))).findFirst().orElseThrow().getJsonObject("config");
    }

    /** The role conditions of a conditional subflow, as "role" or "not role". */
    private static java.util.Set<String> roleConditions(JsonObject realm, JsonObject flow) {
        return executions(flow).stream().filter(e -> "conditional-user-role".equals(e.getString("authenticator", "")))
                .peek(e -> assertEquals("REQUIRED", e.getString("requirement")))
                .map(e -> config(realm, e))
                .map(c -> ("true".equals(c.getString("negate")) ? "not " : "") + c.getString("condUserRole"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Money roles need a second factor: after the password form, an approver, and a finance user who is not also an
     * approver, passes a REQUIRED OTP Form (so one without an OTP credential is sent to set it up first), exactly
     * once; everyone else keeps Keycloak's default conditional second factor, asked only of those who set one up.
     */
    @Test
    void bothRealmsAskApproversAndFinanceForAOneTimeCode() {
        for (JsonObject realm : List.of(demo, production)) {
            assertEquals("totp", realm.getString("otpPolicyType"));
            assertEquals("HmacSHA1", realm.getString("otpPolicyAlgorithm"), "as DemoOtp.java and the tests compute it");
            assertEquals(6, realm.getInt("otpPolicyDigits"));
            assertEquals(30, realm.getInt("otpPolicyPeriod"));
            assertFalse(realm.getBoolean("otpPolicyCodeReusable"), "each code is taken once");

            JsonObject browser = flow(realm, realm.getString("browserFlow"));
            JsonObject forms = executions(browser).stream().filter(e -> e.containsKey("flowAlias")
                    && e.getString("flowAlias").endsWith(" forms")).map(e -> flow(realm, e.getString("flowAlias")))
                    .findFirst().orElseThrow();
            assertAskedOfMoneyRoles(realm, forms, List.of("auth-username-password-form"), "auth-otp-form");
        }
    }

    /**
     * A password grant (direct access; no client of the application allows it, but Keycloak's own admin-cli does)
     * asks the same: approvers and finance users send their code, and one who has none set up is refused.
     */
    @Test
    void bothRealmsAskTheSameOfAPasswordGrant() {
        for (JsonObject realm : List.of(demo, production)) {
            assertAskedOfMoneyRoles(realm, flow(realm, realm.getString("directGrantFlow")),
                    List.of("direct-grant-validate-username", "direct-grant-validate-password"), "direct-grant-validate-otp");
        }
    }

    private static void assertAskedOfMoneyRoles(JsonObject realm, JsonObject flow, List<String> first, String otp) {
        List<JsonObject> steps = executions(flow);
        assertEquals(first, steps.subList(0, first.size()).stream().map(e -> e.getString("authenticator")).toList());
        java.util.Map<java.util.Set<String>, JsonObject> byConditions = new java.util.HashMap<>();
        for (JsonObject step : steps.subList(first.size(), steps.size())) {
            assertEquals("CONDITIONAL", step.getString("requirement"), step.toString());
            JsonObject subflow = flow(realm, step.getString("flowAlias"));
            byConditions.put(roleConditions(realm, subflow), subflow);
        }
        assertEquals(java.util.Set.of(java.util.Set.of("approver"), java.util.Set.of("finance", "not approver"),
                java.util.Set.of("not approver", "not finance")), byConditions.keySet(), "one of them for each person");
        for (java.util.Set<String> money : List.of(java.util.Set.of("approver"), java.util.Set.of("finance", "not approver"))) {
            List<JsonObject> asked = executions(byConditions.get(money)).stream()
                    .filter(e -> !e.getString("authenticator", "").startsWith("conditional-")).toList();
            assertEquals(1, asked.size(), money.toString());
            assertEquals(otp, asked.get(0).getString("authenticator"));
            assertEquals("REQUIRED", asked.get(0).getString("requirement"), "not skipped when none is set up");
            assertTrue(executions(byConditions.get(money)).stream().noneMatch(e -> "conditional-user-configured"
                    .equals(e.getString("authenticator", ""))), "asked whether or not one is set up");
        }
        JsonObject others = byConditions.get(java.util.Set.of("not approver", "not finance"));
        assertTrue(executions(others).stream().anyMatch(e -> "conditional-user-configured".equals(e.getString("authenticator", ""))),
                "others are asked only for a second factor they set up");
    }

    @Test
    void onlyTheDemoRealmsMoneyUsersBringAnOtpCredential() {
        for (JsonObject user : demo.getJsonArray("users").stream().map(JsonValue::asJsonObject).toList()) {
            List<String> roles = user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            List<JsonObject> otp = (user.containsKey("credentials") ? user.getJsonArray("credentials") : JsonValue.EMPTY_JSON_ARRAY)
                    .stream().map(JsonValue::asJsonObject).filter(c -> "otp".equals(c.getString("type"))).toList();
            boolean money = roles.contains("approver") || roles.contains("finance");
            assertEquals(money ? 1 : 0, otp.size(), user.getString("username"));
            if (money) {
                JsonObject data = Json.createReader(new java.io.StringReader(otp.get(0).getString("credentialData"))).readObject();
                assertEquals("totp", data.getString("subType"));
                assertEquals("BASE32", data.getString("secretEncoding"), "the secret as an authenticator app takes it");
                assertEquals(30, data.getInt("period"));
                assertEquals(6, data.getInt("digits"));
                assertEquals("HmacSHA1", data.getString("algorithm"));
            }
        }
        assertFalse(readQuietly(PRODUCTION).contains("secretData"), "production brings no OTP secret");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
