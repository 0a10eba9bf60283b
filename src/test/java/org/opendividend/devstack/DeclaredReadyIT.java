package org.opendividend.devstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ready means ready: the application server is started again and again, and the moment the launcher declares it
 * ready, a crowd of first requests (the API, a page, the readiness checks) arrives at once; every one is answered
 * properly. Before, "ready" was declared while Payara still loaded the WAR, and a first request failed with an empty
 * 500 (a ConcurrentModificationException among the WAR's listeners). A stack of its own (ports 8880 and 8980), since
 * its application server is restarted.
 */
class DeclaredReadyIT {

    private static final int STARTS = Integer.getInteger("opendividend.ready.starts", 5);
    private static final int CROWD = 12;

    private static DevStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.forTest("ready-data", 8880, 8980).start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theFirstRequestsAfterEveryStartAreAnswered() throws Exception {
        for (int start = 1; start <= STARTS; start++) {
            if (start > 1) {
                stack.stopApplication();
                stack.restartApplication();
            }
            List<HttpResponse<String>> answers = firstRequests();
            for (HttpResponse<String> answer : answers) {
                String where = "start " + start + ", " + answer.request().uri();
                assertEquals(200, answer.statusCode(), where + ": " + answer.body());
                assertFalse(answer.body().isBlank(), where);
            }
            assertTrue(answers.stream().filter(a -> a.request().uri().getPath().equals("/api/v1/calls/1001"))
                    .allMatch(a -> a.body().contains("\"id\":1001")), "the demo call is served after start " + start);
            String log = stack.applicationLogSinceStart();
            assertFalse(log.contains("ConcurrentModificationException"), "start " + start + " logged:\n" + log);
        }
    }

    /** The API, a page and the readiness checks, a crowd of each at once, the moment the stack is declared ready. */
    private List<HttpResponse<String>> firstRequests() {
        String app = stack.settings().appUrl();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) {
            for (String path : List.of("/api/v1/calls/1001", "/", "/health/ready")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(app + path)).timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", "zh-TW").build();
                pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }
}
