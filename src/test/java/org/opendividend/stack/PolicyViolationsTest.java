package org.opendividend.stack;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policy check of {@link Browser} on pages served here under a policy that allows scripts from this server only:
 * a page whose inline script the browser refuses fails the browser's close with the page and the refusal; a page
 * whose script comes from a file passes.
 */
class PolicyViolationsTest {

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/inline.html", "text/html", page("<script>document.title = 'ran';</script>"));
        serve("/handler.html", "text/html", page("<button id=\"go\" onclick=\"document.title = 'ran'\">Go</button>"));
        serve("/from-file.html", "text/html", page("<script src=\"/title.js\"></script>"));
        serve("/title.js", "text/javascript", "document.title = 'ran';");
        server.start();
    }

    private static String page(String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Policy</title></head><body><main><h1>Policy</h1>"
                + content + "</main></body></html>";
    }

    private static void serve(String path, String type, String content) {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=UTF-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String app() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aRefusedInlineScriptFailsTheTestNamingThePage() {
        AssertionError failure = assertThrows(AssertionError.class, () -> {
            try (Browser browser = new Browser("en", app(), "http://127.0.0.1:1")) {
                browser.open("/inline.html");
            }
        });
        assertTrue(failure.getMessage().contains("/inline.html") && failure.getMessage().contains("inline script"),
                failure.getMessage());
    }

    @Test
    void aRefusedInlineEventHandlerFailsTheTest() {
        AssertionError failure = assertThrows(AssertionError.class, () -> {
            try (Browser browser = new Browser("en", app(), "http://127.0.0.1:1")) {
                browser.open("/handler.html").click("go");
            }
        });
        assertTrue(failure.getMessage().contains("/handler.html") && failure.getMessage().contains("event handler"),
                failure.getMessage());
    }

    @Test
    void aScriptFromAFileOfTheServerPasses() {
        assertDoesNotThrow(() -> {
            try (Browser browser = new Browser("en", app(), "http://127.0.0.1:1")) {
                browser.open("/from-file.html");
                assertTrue(browser.driver().getTitle().equals("ran"), "the script ran");
            }
        });
    }
}
