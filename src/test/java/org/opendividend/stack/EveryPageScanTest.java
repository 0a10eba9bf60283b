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
 * The accessibility scan of {@link Browser} on pages served here, under a strict Content-Security-Policy like the
 * application's: a page with a serious violation fails the browser's close with the page, the rule and the element;
 * a page without one passes.
 */
class EveryPageScanTest {

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        page("/unnamed-image.html", "<img id=\"logo\" src=\"/logo.png\">");
        page("/named-image.html", "<img id=\"logo\" src=\"/logo.png\" alt=\"Open Dividend\">");
        server.start();
    }

    private static void page(String path, String content) {
        byte[] html = ("<!DOCTYPE html><html lang=\"en\"><head><title>Scan</title></head><body><main><h1>Scan</h1>"
                + content + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
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
    void aPageWithASeriousViolationFailsTheTestNamingPageRuleAndElement() {
        AssertionError failure = assertThrows(AssertionError.class, () -> {
            try (Browser browser = new Browser("en", app(), "http://127.0.0.1:1")) {
                browser.open("/unnamed-image.html");
            }
        });
        assertTrue(failure.getMessage().contains("/unnamed-image.html: image-alt (critical)")
                && failure.getMessage().contains("#logo"), failure.getMessage());
    }

    @Test
    void aPageWithoutOnePasses() {
        assertDoesNotThrow(() -> {
            try (Browser browser = new Browser("en", app(), "http://127.0.0.1:1")) {
                browser.open("/named-image.html");
            }
        });
    }
}
