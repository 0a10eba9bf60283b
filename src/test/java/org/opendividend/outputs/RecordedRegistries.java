package org.opendividend.outputs;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hugging Face, GitHub, Zenodo and Software Heritage as one local HTTP server on loopback that answers each API path
 * with a response recorded in the registry's real format ({@code src/test/resources/registries/}), and anything else
 * with that registry's own "not found" (their API paths do not overlap, so one server can stand for all four base
 * URLs). Used by the Run command's and the browser tests' stack ({@code DevStack}, with {@link #demo()}: the answers
 * the demo data's addresses need) and, empty, by the Arquillian tests' {@code FakeRegistries}, which put the answers
 * each test needs. The JDK's own HTTP server rather than WireMock: it needs no library inside the test server. Test
 * and demo support only: production talks to the real registries.
 */
public final class RecordedRegistries implements AutoCloseable {

    /** An answer: its status and body. */
    public record Answer(int status, String body) {
    }

    /**
     * What {@link #demo()} answers, path by path (the README lists the public addresses): recorded files by name, or
     * {@code 401:} before the name for a private repository, which Hugging Face answers like a missing one.
     */
    public static final Map<String, String> DEMO_ANSWERS = demoAnswers();

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final HttpServer server;

    private RecordedRegistries(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Answer answer = answers.getOrDefault(path, notFound(path));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** A server on a free loopback port that answers nothing but "not found" until told ({@link #answer}). */
    public static RecordedRegistries empty() {
        return new RecordedRegistries(0);
    }

    /** A server on a free loopback port with the demo's answers ({@link #DEMO_ANSWERS}). */
    public static RecordedRegistries demo() {
        RecordedRegistries registries = empty();
        DEMO_ANSWERS.forEach((path, file) -> {
            if (file.startsWith("401:")) {
                registries.answer(path, 401, recorded(file.substring("401:".length())));
            } else {
                registries.answer(path, 200, recorded(file));
            }
        });
        return registries;
    }

    private static Map<String, String> demoAnswers() {
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("/api/models/taide-community/hakka-llm-7b", "huggingface/model-public.json");
        demo.put("/api/models/demo/od-3401-asr", "huggingface/model-amis-asr.json");
        demo.put("/api/models/demo/od-hakka-speller-model", "huggingface/model-openrail.json");
        demo.put("/api/models/example-lab/formosa-chat-8b", "huggingface/model-gated-other.json");
        demo.put("/api/models/someone/untitled-model", "huggingface/model-no-licence.json");
        demo.put("/api/models/example-lab/private-model", "401:huggingface/not-found.json");
        demo.put("/api/datasets/taide-community/hakka-lexicon", "huggingface/dataset-open.json");
        demo.put("/api/datasets/taide-community/hakka-corpus", "huggingface/dataset-public.json");
        demo.put("/api/datasets/demo/od-3401-speech", "huggingface/dataset-amis-speech.json");
        demo.put("/repos/taide-community/hakka-asr", "github/repo-public.json");
        demo.put("/repos/taide-community/hakka-asr/license", "github/license-apache.json");
        demo.put("/repos/taide-community/hakka-asr/git/ref/tags/v1.0.0", "github/ref-tag-annotated.json");
        demo.put("/repos/taide-community/hakka-asr/git/tags/940bd336248efae0f9ee5bc7b2d5c985887b16ac",
                "github/tag-object.json");
        demo.put("/repos/taide-community/hakka-asr/git/ref/tags/v0.9", "github/ref-tag-lightweight.json");
        demo.put("/repos/example-lab/custom-terms", "github/repo-custom-terms.json");
        demo.put("/repos/example-lab/custom-terms/license", "github/license-noassertion.json");
        demo.put("/api/records/15234567", "zenodo/record-open.json");
        demo.put("/api/records/15111112", "zenodo/record-embargoed.json");
        demo.put("/api/1/resolve/swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c/", "swh/resolve-revision.json");
        return java.util.Collections.unmodifiableMap(demo);
    }

    /** From now on the path (e.g. {@code /api/records/15234567}) answers 200 with the body. */
    public void answer(String path, String body) {
        answer(path, 200, body);
    }

    public void answer(String path, int status, String body) {
        answers.put(path, new Answer(status, body));
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:41234}: the base URL of each of the four registries. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The application's settings that point the four registries at this server (README's configuration table). */
    public Map<String, String> environment() {
        String base = baseUrl().toString();
        return Map.of("OPENDIVIDEND_REGISTRIES_HUGGINGFACE_BASE_URL", base,
                "OPENDIVIDEND_REGISTRIES_GITHUB_BASE_URL", base,
                "OPENDIVIDEND_REGISTRIES_ZENODO_BASE_URL", base,
                "OPENDIVIDEND_REGISTRIES_SOFTWARE_HERITAGE_BASE_URL", base);
    }

    /** A recorded response under {@code src/test/resources/registries/}, e.g. {@code zenodo/record-open.json}. */
    public static String recorded(String name) {
        try (InputStream in = RecordedRegistries.class.getResourceAsStream("/registries/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no recorded response " + name, e);
        }
    }

    /** What each registry answers for something it does not have, in its own format (as recorded). */
    private static Answer notFound(String path) {
        String body;
        if (path.startsWith("/api/models/") || path.startsWith("/api/datasets/")) {
            body = "{\"error\":\"Repository not found\"}";
        } else if (path.startsWith("/repos/")) {
            body = "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}";
        } else if (path.startsWith("/api/records/")) {
            body = "{\"status\":404,\"message\":\"The persistent identifier does not exist.\"}";
        } else if (path.startsWith("/api/1/")) {
            body = "{\"exception\":\"NotFoundExc\",\"reason\":\"Object not found.\"}";
        } else {
            body = "{\"status\":404,\"message\":\"not found\"}";
        }
        return new Answer(404, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
