package org.opendividend.platform.identity;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.KeycloakAdmin;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Keycloak says about a person is what the application acts on, within a token's lifetime: roles and ministries
 * taken away in Keycloak are gone from the application's session once the identity token expires, and Keycloak's
 * back-channel logout ends the session at once. Only Keycloak can send such a logout: a forged one ends nothing.
 */
@ExtendWith(RunningStack.class)
class KeycloakChangesIT {

    /** Short enough for a test to wait; the realm's own lifespan is 5 minutes. */
    private static final int TOKEN_SECONDS = 20;
    private static final String PASSWORD = "Keycloak-Changes-2026!";

    private final KeycloakAdmin keycloak = new KeycloakAdmin();

    @Test
    void aRoleAndAMinistryTakenAwayInKeycloakAreGoneOnceTheTokenExpires() throws Exception {
        String username = "changing-officer-" + System.nanoTime();
        String id = keycloak.createUser(username, PASSWORD, List.of("applicant", "officer"), List.of("/ministries/moda"));
        Optional<String> earlierLifespan = keycloak.setWebClientAttribute("access.token.lifespan", String.valueOf(TOKEN_SECONDS));
        try {
            WebClient person = new WebClient("en");
            person.login(username, PASSWORD, "/session/login");
            assertEquals(200, person.get(RunningStack.appUrl() + "/officer/").statusCode(), "an officer at first");
            assertNotEquals(noMinistry(), ministriesShown(person), "acts for the ministry at first");

            keycloak.removeRealmRole(id, "officer");
            keycloak.leaveGroup(id, "/ministries/moda");
            Thread.sleep((TOKEN_SECONDS + 1) * 1000L);

            assertEquals(403, person.get(RunningStack.appUrl() + "/officer/").statusCode(),
                    "no longer an officer once the token expired");
            assertEquals(noMinistry(), ministriesShown(person), "and no longer acting for the ministry");
            List<String> recorded = recordedProfile(username);
            assertEquals(List.of("[applicant]", "[]"), recorded.subList(3, 5), "the fund's record of people follows: " + recorded);
        } finally {
            keycloak.restoreWebClientAttribute("access.token.lifespan", earlierLifespan);
        }
    }

    @Test
    void keycloaksBackChannelLogoutEndsTheApplicationSession() throws Exception {
        String username = "logged-out-" + System.nanoTime();
        String id = keycloak.createUser(username, PASSWORD, List.of("applicant"), List.of());
        WebClient person = new WebClient("en");
        person.login(username, PASSWORD, "/session/login");
        assertEquals(200, person.get(RunningStack.appUrl() + "/applicant/").statusCode());

        keycloak.logOut(id);

        HttpResponse<String> afterwards = person.get(RunningStack.appUrl() + "/applicant/");
        assertTrue(afterwards.uri().toString().startsWith(RunningStack.keycloakUrl() + "/realms/opendividend/protocol/openid-connect/auth"),
                "the old session cookie no longer opens the area: sent to log in again, got " + afterwards.uri());
    }

    @Test
    void aForgedLogoutTokenIsRefusedAndEndsNothing() throws Exception {
        String username = "not-logged-out-" + System.nanoTime();
        String id = keycloak.createUser(username, PASSWORD, List.of("applicant"), List.of());
        WebClient person = new WebClient("en");
        person.login(username, PASSWORD, "/session/login");

        String kid = keycloak.signingKeys().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(k -> "RS256".equals(k.getString("alg", ""))).findFirst().orElseThrow().getString("kid");
        String claims = "{\"iss\":\"" + RunningStack.keycloakUrl() + "/realms/opendividend\",\"aud\":\"opendividend-web\","
                + "\"iat\":" + Instant.now().getEpochSecond() + ",\"jti\":\"forged-" + System.nanoTime() + "\",\"sub\":\"" + id
                + "\",\"events\":{\"http://schemas.openid.net/event/backchannel-logout\":{}}}";
        String signedByAnotherKey = signedWithAFreshKey("{\"alg\":\"RS256\",\"typ\":\"logout+jwt\",\"kid\":\"" + kid + "\"}", claims);
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"logout+jwt\"}") + "." + base64(claims) + ".";

        for (String forged : List.of(signedByAnotherKey, unsigned, "not a token")) {
            assertEquals(400, postLogoutToken(forged).statusCode(), forged);
        }
        assertEquals(200, person.get(RunningStack.appUrl() + "/applicant/").statusCode(), "the session lives on");
    }

    private static String ministriesShown(WebClient person) throws Exception {
        HttpResponse<String> page = person.get(RunningStack.appUrl() + "/applicant/");
        assertEquals(200, page.statusCode());
        return Jsoup.parse(page.body()).select("#whoami-ministries").text();
    }

    /** The person's row in the fund administrator's list of people (name, username, e-mail, roles, ministries, …). */
    private static List<String> recordedProfile(String username) throws Exception {
        HttpResponse<String> dashboard = new WebClient("en").login("admin", "demo", "/admin/");
        return Jsoup.parse(dashboard.body()).select("#people tbody tr").stream().map(row -> row.select("td").eachText())
                .filter(cells -> cells.contains(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " not in the list of people"));
    }

    private static String noMinistry() {
        return ResourceBundle.getBundle("org.opendividend.platform.i18n.messages", Locale.ENGLISH).getString("area.noMinistry");
    }

    /** Posted as Keycloak posts it: a form, no cookie, no browser headers. */
    private static HttpResponse<String> postLogoutToken(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + "/session/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signedWithAFreshKey(String header, String claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(generator.generateKeyPair().getPrivate());
        String signingInput = base64(header) + "." + base64(claims);
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
