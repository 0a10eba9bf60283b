package org.opendividend.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendividend.applications.ApplicantApi;
import org.opendividend.devstack.DevStack;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.Pages;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.applications.ApplicantApi.object;

/**
 * Overload, made to order: a server of its own (ports 8880 and 8980, movable with {@code opendividend.busy.app-port}
 * and {@code opendividend.busy.keycloak-port}) that works on one write at a time with 0.2 s of
 * patience, and a write held open by a slow upload. A write sent meanwhile is answered 503 with Retry-After and
 * changes nothing; the API client that retries such answers gets it done; the wizard's form is sent again by the busy
 * page until the server takes it, and what was typed is saved.
 */
class BusyServerIT {

    private static final String CALL = "/api/v1/calls/1001";
    private static final Duration SLOW = Duration.ofSeconds(15);

    private static DevStack stack;
    private static String username;
    private static String password;
    private static WebClient client;
    private static ApplicantApi api;
    private static JsonObject call;
    private static long id;

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.forTest("busy-data", Integer.getInteger("opendividend.busy.app-port", 8880),
                Integer.getInteger("opendividend.busy.keycloak-port", 8980))
                .withApplicationEnvironment(Map.of(
                        "OPENDIVIDEND_ADMISSION_CONCURRENT_WRITES", "1",
                        "OPENDIVIDEND_ADMISSION_PATIENCE_MILLIS", "200",
                        "OPENDIVIDEND_ADMISSION_RETRY_AFTER_SECONDS", "1"))
                .start();
        username = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        password = "Busy-2026-" + username;
        client = new WebClient("zh-TW", app(), stack.settings().keycloakUrl());
        ApplicantApi.expect(200, client.register(username, password), "register");
        api = new ApplicantApi(client, app());
        call = object(client.get(app() + CALL));
        id = api.prepareApplication(call, 1, "Busy " + username, "");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anApiWriteTurnedAwayChangesNothingAndIsDoneWhenSentAgain() throws Exception {
        JsonObject before = object(api.get(id));
        long version = before.getJsonNumber("version").longValue();
        JsonObject changed = Json.createObjectBuilder(ApplicantApi.completeContent(call, "Busy " + username))
                .add("titles", Json.createObjectBuilder().add("zh-TW", "忙碌時改的題目").add("en", "Changed while busy")).build();
        WebClient retrying = new WebClient("zh-TW", app(), stack.settings().keycloakUrl()).retryingWhenBusy(30);
        ApplicantApi.expect(200, retrying.login(username, password, "/applicant/"), "log in");
        CompletableFuture<HttpResponse<String>> slow = holdTheOnlyTurn();

        HttpResponse<String> turnedAway = api.save(id, version, changed);
        assertEquals(503, turnedAway.statusCode(), turnedAway.body());
        int retryAfter = Integer.parseInt(turnedAway.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        JsonObject problem = object(turnedAway);
        assertEquals("busy", problem.getString("code"));
        assertTrue(problem.getString("message").startsWith("系統忙碌中"), problem.getString("message"));
        assertEquals(version, object(api.get(id)).getJsonNumber("version").longValue(), "nothing was changed");

        HttpResponse<String> saved = new ApplicantApi(retrying, app()).save(id, version, changed);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(retrying.busyAnswers() >= 1, "the retrying client was turned away first");
        assertEquals("Changed while busy", object(api.get(id)).getJsonObject("titles").getString("en"));
        assertEquals(201, slow.join().statusCode(), "the slow upload itself was stored");
    }

    @Test
    void theWizardsFormIsSentAgainByTheBusyPageAndNothingTypedIsLost() throws Exception {
        String typed = "忙碌時輸入的題目 <" + username + "> & 客語";
        try (Browser browser = new Browser("zh-TW", app(), stack.settings().keycloakUrl())) {
            browser.open("/applicant/application.xhtml?id=" + id);
            browser.loginOnKeycloakPage(username, password);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
            // the turn is held before typing: the autosave a change sets off is turned away too, so that only the
            // page's save (sent again by the busy page) can bring the typed text to the server
            CompletableFuture<HttpResponse<String>> slow = holdTheOnlyTurn();
            FormFilling form = new FormFilling(browser.driver());
            form.type("application:sections:titleZhTw", typed);

            browser.driver().findElement(By.id("application:save")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                    "目前同時送出的人很多"));
            String busyPage = browser.driver().getPageSource();
            assertTrue(busyPage.contains("重新送出"), "says that it sends again: " + busyPage);
            assertEquals("zh-TW", browser.lang());
            Pages.assertNoStackTrace(busyPage);

            // the page sends the form again by itself, as often as it is turned away, until the slow upload is done
            new WebDriverWait(browser.driver(), SLOW.multipliedBy(4)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
            assertEquals(typed, form.value("application:sections:titleZhTw"), "the page shows what was typed");
            assertEquals(201, slow.join().statusCode());
        }
        assertEquals(typed, object(api.get(id)).getJsonObject("titles").getString("zh-TW"), "and it was saved");
    }

    /**
     * Starts an upload that takes {@link #SLOW} to arrive and returns once the server is working on it: an anonymous
     * write probe is then turned away (503) instead of being refused for want of a login (401). If the upload itself
     * was turned away (another write, e.g. the wizard's autosave, held the turn that moment), it is started again.
     */
    private static CompletableFuture<HttpResponse<String>> holdTheOnlyTurn() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 5; attempt++) {
            CompletableFuture<HttpResponse<String>> slow = client.putSlowly(
                    app() + "/api/v1/applications/" + id + "/attachments/" + ApplicantApi.requiredAttachments(call)[0]
                            + "?name=slow.pdf", "application/pdf",
                    ApplicantApi.pdf("slow " + UUID.randomUUID(), 256 * 1024), SLOW);
            Thread.sleep(300); // the slow upload's turn first: a probe holds the turn for a moment too
            Instant deadline = Instant.now().plus(SLOW);
            while (Instant.now().isBefore(deadline) && !slow.isDone()) {
                int probe = anonymous.send(HttpRequest.newBuilder(URI.create(app() + "/api/v1/applications"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (probe == 503 && !slow.isDone()) {
                    return slow;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no slow upload ever held the server's only turn");
    }

    private static String app() {
        return stack.settings().appUrl();
    }
}
