package org.opendividend.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry benchmark's ceiling: {@code GET /api/v1/benchmark/json-ceiling?bytes=N} answers a constant JSON object
 * of about N bytes (the benchmark asks for the size of the registry's first page), through the same JAX-RS, servlet
 * filters and JSON media type as the registry's list, with no database, no read model and no security of its own.
 * What it does per second on the same server in the same run bounds what the registry's list can do; the benchmark
 * reports the ratio. It answers only when {@code opendividend.benchmark.ceiling} is true (environment
 * {@code OPENDIVIDEND_BENCHMARK_CEILING}, which only the benchmark sets), and is not found (404) otherwise, like
 * {@code StorageCeiling}; it is left out of the API's documentation.
 */
@Path("benchmark/json-ceiling")
@ApplicationScoped
public class JsonCeiling {

    static final int MAX_BYTES = 1 << 20;
    /** A few sizes at most are kept (the benchmark asks one). */
    private static final int SIZES_KEPT = 8;

    private final boolean enabled = ConfigProvider.getConfig()
            .getOptionalValue("opendividend.benchmark.ceiling", Boolean.class).orElse(false);
    private final Map<Integer, String> bodies = new ConcurrentHashMap<>();

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(hidden = true)
    public Response constant(@QueryParam("bytes") Integer bytes) {
        if (!enabled) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        int size = bytes == null ? 1024 : Math.max(32, Math.min(MAX_BYTES, bytes));
        String body = bodies.get(size);
        if (body == null) {
            body = body(size);
            if (bodies.size() < SIZES_KEPT) {
                bodies.put(size, body);
            }
        }
        return Response.ok(body).build();
    }

    /** {"total":1,"padding":"xxx…"} of exactly {@code size} bytes. */
    static String body(int size) {
        String head = "{\"total\":1,\"padding\":\"";
        String tail = "\"}";
        return head + "x".repeat(Math.max(0, size - head.length() - tail.length())) + tail;
    }
}
