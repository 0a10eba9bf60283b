package org.opendividend.platform.identity;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.KeycloakAdmin;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * What Keycloak says about a person is what the application acts on, within a token's lifetime: roles and ministries
 * taken away in Keycloak are gone from the application's session once the identity token expires.
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
            assertEquals(List.of("applicant", ""), recorded.subList(3, 5), "the fund's record of people follows: " + recorded);
        } finally {
            keycloak.restoreWebClientAttribute("access.token.lifespan", earlierLifespan);
        }
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
}
