package org.opendividend.stack;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Deque's axe-core accessibility engine, run in the page a browser shows. The engine is the {@code axe.min.js} that
 * the {@code com.deque.html.axe-core:selenium} test dependency bundles, read from the class path (resolved by the
 * build, nothing is downloaded while testing) and injected with {@code executeScript}, which a page's
 * Content-Security-Policy does not govern.
 */
final class AxeCore {

    /**
     * WCAG 2.1 A and AA (the level that public services are held to, EN 301 549) and Deque's best practices; of what
     * they find, the serious and the critical.
     */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']})
                .then(function (result) {
                    done(result.violations.filter(function (v) {
                        return v.impact === 'serious' || v.impact === 'critical';
                    }).map(function (v) {
                        return {rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
                            var check = n.any.concat(n.all, n.none).find(function (c) { return c.message; });
                            return n.target.join(' ') + (check ? ' (' + check.message + ')' : '');
                        })};
                    }));
                })
                .catch(function (e) { done('axe-core failed: ' + e); });
            """;

    private static final String SOURCE = load();

    private AxeCore() {
    }

    private static String load() {
        try (InputStream in = AxeCore.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The serious and critical violations on the page {@code page} shows, each as {@code rule (impact) help: target
     * (why)} for every element concerned, or the reason axe-core could not run there.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(SOURCE);
            if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
                return List.of("axe-core could not be injected into the page");
            }
        }
        Object answer = page.executeAsyncScript(RUN);
        if (answer instanceof String failure) {
            return List.of(failure);
        }
        return ((List<Map<String, Object>>) answer).stream()
                .flatMap(v -> ((List<String>) v.get("nodes")).stream()
                        .map(node -> v.get("rule") + " (" + v.get("impact") + ") " + v.get("help") + ": " + node))
                .toList();
    }
}
