package org.opendividend.platform.health;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak goes away while the application runs: readiness turns DOWN naming the identity provider, the login
 * link explains that logging in is not possible now, and public pages keep working. Runs last of all test classes
 * because it leaves Keycloak stopped.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningStack.class)
class IdentityProviderOutageIT {

    @Test
    void withoutKeycloakTheAppSaysSoClearlyAndKeepsServingPublicPages() throws Exception {
        RunningStack.stack().stopKeycloak();
        WebClient visitor = new WebClient("en");

        HttpResponse<String> health = visitor.get(RunningStack.appUrl() + "/health/ready");
        assertEquals(503, health.statusCode());
        String body = health.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"identity-provider\",\"status\":\"DOWN\""), body);
        assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);

        HttpResponse<String> login = visitor.get(RunningStack.appUrl() + "/session/signin");
        assertEquals(503, login.statusCode());
        var page = Jsoup.parse(login.body());
        assertEquals("Login is unavailable right now", page.getElementById("error-title").text());
        assertTrue(page.getElementById("error-idp").text().contains("cannot be reached"));
        Pages.assertNoStackTrace(login.body());

        HttpResponse<String> landing = visitor.get(RunningStack.appUrl() + "/");
        assertEquals(200, landing.statusCode());
        assertEquals("Taiwan Public AI Development Fund", Jsoup.parse(landing.body()).getElementById("landing-title").text());
    }
}
