package org.opendividend.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSecurityPolicyTest {

    /** The policy PrimeFaces 15 adds in its CSP mode, with the nonce of the view. */
    private static final String PRIMEFACES = "script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1';";

    @Test
    void noInlineScriptAndNoEvaluationAreAllowed() {
        assertTrue(ContentSecurityPolicy.HEADER.contains("script-src 'self';"), ContentSecurityPolicy.HEADER);
        assertFalse(ContentSecurityPolicy.HEADER.contains("'unsafe-eval'"), ContentSecurityPolicy.HEADER);
        assertFalse(ContentSecurityPolicy.HEADER.replace("style-src 'self' 'unsafe-inline'", "").contains("'unsafe-inline'"),
                "only styles may be inline: " + ContentSecurityPolicy.HEADER);
    }

    @Test
    void primeFacesPolicyBecomesOursWithItsNonce() {
        String policy = ContentSecurityPolicy.replacing(PRIMEFACES);
        assertEquals(ContentSecurityPolicy.HEADER.replace("script-src 'self'",
                "script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
    }

    @Test
    void aPolicyWithoutNonceGivesOursWithoutOne() {
        assertEquals(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.replacing("script-src *"));
        assertEquals(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.replacing(null));
    }

    @Test
    void onlyTheNonceIsTakenNeverMoreSources() {
        String policy = ContentSecurityPolicy.replacing("script-src 'nonce-abc' 'unsafe-inline' https://evil.example; default-src *");
        assertEquals(ContentSecurityPolicy.withNonce("abc"), policy);
        assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.withNonce("abc' 'unsafe-inline"));
    }

    @Test
    void theResponseKeepsOnePolicyWhenPrimeFacesAddsItsOwn() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        PrimeFacesNonce response = new PrimeFacesNonce(recording(headers));
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.HEADER);
        response.addHeader("Content-Security-Policy", PRIMEFACES);
        response.addHeader("Vary", "Accept");
        assertEquals(List.of(ContentSecurityPolicy.replacing(PRIMEFACES)), headers.get("Content-Security-Policy"));
        assertEquals(List.of("Accept"), headers.get("Vary"), "other headers are added as they come");
    }

    private static HttpServletResponse recording(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(ContentSecurityPolicyTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], n -> new ArrayList<>()).add((String) args[1]);
                        default -> {
                        }
                    }
                    return null;
                });
    }
}
