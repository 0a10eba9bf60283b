package org.opendividend.outputs.it;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.opendividend.outputs.RecordedRegistries;
import org.opendividend.outputs.control.ObligationChecking;
import org.opendividend.outputs.control.Registry;
import org.opendividend.outputs.control.RegistrySettings;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The registries as fakes on loopback for the outputs' Arquillian tests: replaces {@link ObligationChecking}'s
 * settings so that every registry's base URL is one {@link RecordedRegistries} server on 127.0.0.1 inside the test
 * server, which answers each path with the recorded real-format response a test put there ({@link #answer}), each
 * registry's "not found" otherwise. Test support: it asserts nothing itself.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class FakeRegistries extends ObligationChecking {

    private RecordedRegistries server;

    /** From now on the path (e.g. {@code /api/records/15234567}) answers 200 with the body. */
    public void answer(String path, String body) {
        started().answer(path, body);
    }

    /** A recorded response under {@code src/test/resources/registries/}. */
    public static String recorded(String name) {
        return RecordedRegistries.recorded(name);
    }

    @Override
    protected RegistrySettings settings() {
        URI base = started().baseUrl();
        Map<Registry, URI> bases = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            bases.put(registry, base);
        }
        return new RegistrySettings(bases, Duration.ofSeconds(2), Duration.ofSeconds(5),
                RegistrySettings.DEFAULT_MAX_BYTES, RegistrySettings.MAX_REDIRECTS);
    }

    private synchronized RecordedRegistries started() {
        if (server == null) {
            server = RecordedRegistries.empty();
        }
        return server;
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.close();
        }
    }
}
