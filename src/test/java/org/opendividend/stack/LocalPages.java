package org.opendividend.stack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Pages served on loopback under a strict Content-Security-Policy like the application's (scripts from this server
 * only), for the tests of what {@link Browser} checks on every page.
 */
final class LocalPages implements AutoCloseable {

    private final HttpServer server;

    LocalPages() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page whose main part holds {@code content}. */
    LocalPages page(String path, String content) {
        return file(path, "text/html", "<!DOCTYPE html><html lang=\"en\"><head><title>Test page</title></head>"
                + "<body><main><h1>Test page</h1>" + content + "</main></body></html>");
    }

    LocalPages file(String path, String type, String content) {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=UTF-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return this;
    }

    LocalPages start() {
        server.start();
        return this;
    }

    /** A browser on these pages (no identity provider behind them). */
    Browser browser() throws Exception {
        return new Browser("en", "http://127.0.0.1:" + server.getAddress().getPort(), "http://127.0.0.1:1");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
