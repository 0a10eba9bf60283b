package org.opendividend.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.devstack.DemoLogins.DemoUser;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo users printed by the Run command, read from the realm file Keycloak imports. */
class DemoLoginsTest {

    private static final Path REALM = Path.of("realm-config/opendividend-realm.json");
    private static final Set<String> TECHNICAL_ROLES = Set.of("default-roles-opendividend", "offline_access",
            "uma_authorization");
    private static final Pattern MINISTRY_GROUP = Pattern.compile("/ministries/([^/]+)");

    private static List<DemoUser> users;
    private static JsonObject realm;

    @BeforeAll
    static void read() throws IOException {
        users = DemoLogins.read(REALM);
        try (Reader reader = Files.newBufferedReader(REALM, StandardCharsets.UTF_8)) {
            realm = Json.createReader(reader).readObject();
        }
    }

    private static List<JsonObject> realmUsers() {
        return realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(user -> !DemoLogins.isServiceAccount(user)).toList();
    }

    private static Set<String> ministries(DemoUser user) {
        Set<String> codes = new TreeSet<>();
        for (String group : user.groups()) {
            Matcher matcher = MINISTRY_GROUP.matcher(group);
            if (matcher.matches()) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }

    @Test
    void listsEveryUserOfTheRealm() {
        List<String> realmUsernames = realmUsers().stream().map(u -> u.getString("username")).toList();
        assertFalse(realmUsernames.isEmpty(), "the realm has no users");
        assertEquals(realmUsernames, users.stream().map(DemoUser::username).toList());
    }

    @Test
    void everyUserHasAPassword() {
        for (DemoUser user : users) {
            assertFalse(user.password() == null || user.password().isBlank(), user.username() + " has no password");
        }
    }

    @Test
    void technicalRolesAreNotListed() {
        for (DemoUser user : users) {
            for (String role : user.roles()) {
                assertFalse(TECHNICAL_ROLES.contains(role), user.username() + " lists " + role);
            }
            assertFalse(user.roles().isEmpty(), user.username() + " has no application role");
        }
    }

    @Test
    void technicalRolesAreFilteredNotAbsent() {
        // the realm file does give users technical roles, so the test above checks the filtering for real
        assertTrue(realmUsers().stream().anyMatch(u -> u.getJsonArray("realmRoles").getValuesAs(
                jakarta.json.JsonString.class).stream().anyMatch(s -> TECHNICAL_ROLES.contains(s.getString()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant", "reviewer", "officer", "approver", "finance", "fund-admin"})
    void everyRealmRoleHasADemoUser(String role) {
        assertTrue(users.stream().anyMatch(u -> u.roles().contains(role)), "no demo user is " + role);
    }

    /** Ministries are data: the demo must show that officers, approvers and finance see only their own ministry. */
    @ParameterizedTest
    @ValueSource(strings = {"officer", "approver", "finance"})
    void ministryRolesAreSpreadOverAtLeastTwoMinistries(String role) {
        Set<String> ministries = new TreeSet<>();
        for (DemoUser user : users) {
            if (user.roles().contains(role)) {
                assertFalse(ministries(user).isEmpty(), user.username() + " is " + role + " of no ministry");
                ministries.addAll(ministries(user));
            }
        }
        assertTrue(ministries.size() >= 2, role + " only in " + ministries);
    }

    @Test
    void ministryGroupsOfUsersExistInTheRealm() {
        Set<String> groupPaths = new HashSet<>();
        List<JsonObject> pending = new ArrayList<>(realm.getJsonArray("groups").stream()
                .map(JsonValue::asJsonObject).toList());
        while (!pending.isEmpty()) {
            JsonObject group = pending.remove(pending.size() - 1);
            groupPaths.add(group.getString("path"));
            if (group.containsKey("subGroups")) {
                group.getJsonArray("subGroups").stream().map(JsonValue::asJsonObject).forEach(pending::add);
            }
        }
        for (DemoUser user : users) {
            for (String group : user.groups()) {
                assertTrue(groupPaths.contains(group), user.username() + " is in undefined group " + group);
            }
        }
    }

    /** Fixed ids keep the subject of each demo user stable across imports, so profiles and audit entries match. */
    @Test
    void everyUserHasAFixedUniqueId() {
        Set<String> ids = new HashSet<>();
        for (JsonObject user : realmUsers()) {
            String username = user.getString("username");
            assertTrue(user.containsKey("id") && user.get("id").getValueType() == JsonValue.ValueType.STRING,
                    username + " has no fixed id");
            String id = user.getString("id");
            assertFalse(id.isBlank(), username + " has a blank id");
            assertTrue(ids.add(id), "id " + id + " is used twice");
        }
    }

    @Test
    void usernamesAreUnique() {
        assertEquals(users.size(), users.stream().map(DemoUser::username).distinct().count());
    }

    /** The Run command's printout says who gives a one-time code and how a new user gets it with only a JDK. */
    @Test
    void thePrintoutTellsHowToGetTheOneTimeCode() throws IOException {
        String banner = DemoLogins.banner(new DevStack.Settings(Path.of("."), Path.of("kc"), Path.of("payara.jar"),
                Path.of("app.war"), "jdbc:h2:mem:x", Path.of("files"), 8080, 8180, false));
        assertTrue(banner.contains("java realm-config/DemoOtp.java <login>"), banner);
        for (String line : banner.lines().filter(l -> l.startsWith("    ") && l.contains("password")).toList()) {
            boolean money = line.contains("approver") || line.contains("finance");
            assertEquals(money, line.contains("one-time code"), line);
        }
    }
}
