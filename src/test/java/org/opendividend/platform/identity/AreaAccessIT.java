package org.opendividend.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendividend.devstack.DemoLogins;
import org.opendividend.devstack.DemoLogins.DemoUser;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server, not the menu, keeps each role's area to that role: every demo user logs in through the real
 * Keycloak form and is let into exactly the areas of their roles (200) and refused the others (403).
 */
@ExtendWith(RunningStack.class)
class AreaAccessIT {

    static List<DemoUser> demoUsers() throws Exception {
        return DemoLogins.read(Path.of(System.getProperty("opendividend.basedir", "."), "realm-config/opendividend-realm.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void eachDemoUserEntersExactlyTheAreasOfTheirRoles(DemoUser user) throws Exception {
        WebClient client = new WebClient();
        HttpResponse<String> landing = client.login(user.username(), user.password(), "/session/login");

        Role home = Arrays.stream(Role.values()).filter(r -> user.roles().contains(r.roleName())).findFirst().orElseThrow();
        assertEquals(RunningStack.appUrl() + home.area(), landing.uri().toString(), "lands in their first area");
        assertEquals(200, landing.statusCode());

        Map<Role, Integer> statuses = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            statuses.put(role, client.get(RunningStack.appUrl() + role.area()).statusCode());
        }
        assertAll(Arrays.stream(Role.values()).map(role -> () -> assertEquals(
                user.roles().contains(role.roleName()) ? 200 : 403, statuses.get(role),
                user.username() + " at " + role.area())));
    }

    @Test
    void aNewApplicantRegistersOnTheKeycloakPageAndLandsInTheApplicantArea() throws Exception {
        WebClient client = new WebClient("en");
        String username = "new-applicant-" + System.nanoTime();
        HttpResponse<String> landed = client.register(username, "Register-2026!");
        assertEquals(RunningStack.appUrl() + "/applicant/", landed.uri().toString(), "registered, logged in and in their area");
        assertEquals(200, landed.statusCode());
        assertEquals(403, client.get(RunningStack.appUrl() + "/officer/").statusCode(), "and nothing more than an applicant");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageForEveryArea() throws Exception {
        for (Role role : Role.values()) {
            assertSentToLogin(role.area());
        }
    }

    @Test
    void anonymousVisitorsFollowingALinkToAFileAreSentToTheLoginPageLikeForAReceipt() throws Exception {
        assertSentToLogin("/attachment?id=1");
        assertSentToLogin("/applicant/receipt?application=1&version=1");
    }

    private static void assertSentToLogin(String path) throws Exception {
        HttpResponse<Void> response = WebClient.noRedirects().send(
                HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + path)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, response.statusCode(), path);
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(RunningStack.keycloakUrl() + "/realms/opendividend/protocol/openid-connect/auth"),
                path + " redirects to " + location);
    }

    @Test
    void theAuditVerificationEndpointAnswersTheFundAdminAndRefusesOthers() throws Exception {
        WebClient admin = new WebClient();
        admin.login("admin", "demo", "/session/login");
        HttpResponse<String> verdict = admin.get(RunningStack.appUrl() + "/api/v1/audit/verifications/latest");
        assertEquals(200, verdict.statusCode());
        assertTrue(verdict.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(verdict.body().contains("\"intact\":true"), verdict.body());

        WebClient officer = new WebClient();
        officer.login("officer.moc", "demo", "/session/login");
        HttpResponse<String> refused = officer.get(RunningStack.appUrl() + "/api/v1/audit/verifications/latest");
        assertEquals(403, refused.statusCode());
        assertTrue(!refused.body().contains("\"intact\""), "no verdict leaks to an officer");
    }

    @Test
    void loginRecordsTheProfileWithRolesAndMinistriesForTheFundAdmin() throws Exception {
        new WebClient().login("finance.nstc", "demo", "/finance/");
        WebClient admin = new WebClient("en");
        HttpResponse<String> dashboard = admin.login("admin", "demo", "/admin/");
        assertEquals(200, dashboard.statusCode());
        var people = org.jsoup.Jsoup.parse(dashboard.body()).select("#people tbody tr").stream()
                .map(row -> row.select("td").eachText()).collect(Collectors.toList());
        List<String> finance = people.stream().filter(cells -> cells.contains("finance.nstc")).findFirst()
                .orElseThrow(() -> new AssertionError("finance.nstc not among " + people));
        assertTrue(finance.stream().anyMatch(c -> c.contains("finance")), "roles recorded: " + finance);
        assertTrue(finance.stream().anyMatch(c -> c.contains("nstc")), "ministry recorded: " + finance);
        assertTrue(finance.stream().anyMatch(c -> c.contains("@demo.opendividend.tw")), "e-mail recorded: " + finance);
    }
}
