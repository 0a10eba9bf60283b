package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What protects a person's browser, probed against the running stack as an attacker's page or link would: no
 * redirect to another site, the security headers on every kind of answer, a new session id at login and a session
 * cookie that other sites' requests do not carry, and writes sent from another site's page refused.
 */
@ExtendWith(RunningStack.class)
class BrowserSafetyIT {

    private static final String EVIL = "http://evil.example";

    @Test
    void theLanguageSwitchNeverSendsTheBrowserToAnotherSite() throws Exception {
        // (a backslash, which browsers also read as a slash, cannot be sent raw by Java's client: SameOriginPathTest)
        for (String path : List.of("//evil.example/", "///evil.example/", "//evil.example/calls/")) {
            HttpResponse<String> answer = WebClient.noRedirects().send(
                    HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + path + "?lang=en")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 303) {
                String location = answer.headers().firstValue("Location").orElseThrow();
                URI resolved = URI.create(RunningStack.appUrl() + "/").resolve(location.replace('\\', '/'));
                assertEquals(URI.create(RunningStack.appUrl()).getAuthority(), resolved.getAuthority(),
                        path + " redirected to " + location);
            } else {
                // the container may also refuse such a path itself: then nothing redirects at all
                assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, path + ": " + answer.statusCode());
            }
        }
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpClient client = WebClient.noRedirects();
        for (HttpRequest request : List.of(
                get("/"), get("/no-such-page.xhtml"), get("/jakarta.faces.resource/js/busy-retry.js.xhtml"),
                // (not the login mechanism's redirect to Keycloak: it is answered before any filter, and has no page)
                get("/api/v1/calls/1001"),
                HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + "/api/v1/calls"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build())) {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            String what = request.method() + " " + request.uri() + " (" + answer.statusCode() + ")";
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), what);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'self'")
                    && policy.contains("object-src 'none'"), what + ": " + policy);
        }
    }

    @Test
    void scriptsRunFromOurFilesOrWithThePagesNonceOnly() throws Exception {
        HttpClient client = WebClient.noRedirects();
        // pages of PrimeFaces (also the error page), and answers without a page of ours
        for (String path : List.of("/", "/calls/", "/no-such-page.xhtml", "/api/v1/calls/1001",
                "/jakarta.faces.resource/js/busy-retry.js.xhtml")) {
            HttpResponse<String> answer = client.send(get(path), HttpResponse.BodyHandlers.ofString());
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": one policy, not a second one beside it: " + policies);
            String scripts = Arrays.stream(policies.get(0).split(";")).map(String::trim)
                    .filter(d -> d.startsWith("script-src ")).findFirst().orElseThrow(() -> new AssertionError(path + ": " + policies));
            assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'"), path + ": " + scripts);
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(scripts);
                assertTrue(nonce.find(), path + ": the page's scripts carry a nonce: " + scripts);
                Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(answer.body());
                int count = 0;
                while (script.find()) {
                    count++;
                    assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), path + ": " + script.group());
                }
                assertTrue(count > 0, path + ": PrimeFaces' scripts are on the page");
                assertFalse(Pattern.compile("<[^>]*\\son[a-z]+=\"").matcher(answer.body()).find(),
                        path + ": no inline event handler, which no nonce can allow");
            }
        }
    }

    @Test
    void theSessionGetsANewIdAtLoginAndTheOldIdIsWorthNothing() throws Exception {
        WebClient person = new WebClient("en");
        HttpResponse<String> loginPage = person.get(RunningStack.appUrl() + "/applicant/");
        assertTrue(loginPage.uri().toString().startsWith(RunningStack.keycloakUrl()), loginPage.uri().toString());
        String beforeLogin = person.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no session before login"));

        HttpResponse<String> area = person.login("applicant", "demo", "/applicant/");
        assertEquals(RunningStack.appUrl() + "/applicant/", area.uri().toString());
        String afterLogin = person.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(beforeLogin, afterLogin, "the login gave the session a new id");

        assertEquals(200, withSessionId(afterLogin, "/applicant/").statusCode(), "the new id is the logged-in session");
        HttpResponse<String> planted = withSessionId(beforeLogin, "/applicant/");
        assertEquals(302, planted.statusCode(), "the id known before the login is nobody's: " + planted.statusCode());
        assertTrue(planted.headers().firstValue("Location").orElse("").startsWith(RunningStack.keycloakUrl()));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStaysOnOurOwnSitesRequests() throws Exception {
        HttpResponse<String> first = WebClient.noRedirects().send(get("/applicant/"), HttpResponse.BodyHandlers.ofString());
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + first.headers().map()));
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "served over http here, so not Secure: " + cookie);
    }

    @Test
    void aWriteSentFromAnotherSitesPageIsRefusedAndChangesNothing() throws Exception {
        WebClient applicant = new WebClient("en");
        applicant.login("applicant", "demo", "/applicant/");
        String name = "Forged Lab " + System.nanoTime();
        String body = "{\"names\":{\"zh-TW\":\"偽造研究室\",\"en\":\"" + name + "\"},\"type\":\"UNIVERSITY\","
                + "\"businessNumber\":\"04595257\",\"address\":\"臺北市\"}";

        HttpResponse<byte[]> forged = applicant.exchange(apiWrite(body).header("Origin", EVIL));
        assertEquals(403, forged.statusCode());
        String problem = new String(forged.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(problem.contains("\"code\":\"cross_site_request\"") && problem.contains("another website"), problem);
        HttpResponse<byte[]> framed = applicant.exchange(apiWrite(body).header("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, framed.statusCode(), "a browser that names no origin but says cross-site");
        assertFalse(applicant.get(RunningStack.appUrl() + "/api/v1/organisations").body().contains(name),
                "the forged organisation was not founded");

        // from our own page the write reaches the resource, which judges its body (here an empty one: nothing founded)
        HttpResponse<byte[]> ours = applicant.exchange(apiWrite("{}").header("Origin", RunningStack.appUrl()));
        assertEquals(400, ours.statusCode(), "the same kind of write from our own page is not refused as cross-site");

        HttpResponse<byte[]> forgedLogout = applicant.exchange(HttpRequest.newBuilder(
                URI.create(RunningStack.appUrl() + "/session/logout")).header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));
        assertEquals(403, forgedLogout.statusCode(), "another site cannot log the person out");
        assertEquals(RunningStack.appUrl() + "/applicant/", applicant.get(RunningStack.appUrl() + "/applicant/").uri().toString(),
                "still logged in");
    }

    private static HttpRequest.Builder apiWrite(String json) {
        return HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + "/api/v1/organisations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + path)).build();
    }

    private static HttpResponse<String> withSessionId(String id, String path) throws Exception {
        return WebClient.noRedirects().send(HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + path))
                .header("Cookie", "JSESSIONID=" + id).build(), HttpResponse.BodyHandlers.ofString());
    }
}
