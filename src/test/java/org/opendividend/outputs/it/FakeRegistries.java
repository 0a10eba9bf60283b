package org.opendividend.outputs.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.opendividend.outputs.control.ObligationChecking;
import org.opendividend.outputs.control.Registry;
import org.opendividend.outputs.control.RegistrySettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registries as fakes on loopback for the outputs' Arquillian tests: replaces {@link ObligationChecking}'s
 * settings so that every registry's base URL is one HTTP server on 127.0.0.1 inside the test server, which answers
 * each path with the recorded real-format response a test put there ({@link #answer}), 404 otherwise. The JDK's own
 * HTTP server rather than WireMock: it needs no library in the deployment, and the answers are the same recorded
 * files the WireMock unit tests use. Test support: it asserts nothing itself.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class FakeRegistries extends ObligationChecking {

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private HttpServer server;

    /** From now on the path (e.g. {@code /api/records/15234567}) answers 200 with the body. */
    public void answer(String path, String body) {
        answers.put(path, body);
    }

    /** A recorded response under {@code src/test/resources/registries/}. */
    public static String recorded(String name) {
        try (InputStream in = FakeRegistries.class.getResourceAsStream("/registries/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no recorded response " + name, e);
        }
    }

    @Override
    protected synchronized RegistrySettings settings() {
        if (server == null) {
            start();
        }
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        Map<Registry, URI> bases = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            bases.put(registry, base);
        }
        return new RegistrySettings(bases, Duration.ofSeconds(2), Duration.ofSeconds(5),
                RegistrySettings.DEFAULT_MAX_BYTES, RegistrySettings.MAX_REDIRECTS);
    }

    private void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = answers.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{\"status\":404,\"message\":\"not found\"}" : body)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
