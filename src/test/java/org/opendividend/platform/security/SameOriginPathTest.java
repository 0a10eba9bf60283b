package org.opendividend.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SameOriginPathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/applicant/index.xhtml | /applicant/index.xhtml",
            "//evil.example/ | /evil.example/",
            "///evil.example | /evil.example",
            "/\\evil.example/ | /evil.example/",
            "\\\\evil.example | /evil.example",
            "'/\t/evil.example' | /evil.example",
            "'' | /",
            "/calls//index.xhtml | /calls//index.xhtml",
    })
    void aBrowserNeverReadsTheLocationAsAnotherSite(String raw, String expected) {
        String path = SameOriginPath.of(raw);
        assertEquals(expected, path);
        // resolved against our origin, as a browser resolves a Location, it stays on our host
        URI resolved = URI.create("https://fund.example/").resolve(path.replace('\\', '/'));
        assertEquals("fund.example", resolved.getHost());
        assertNull(URI.create(path.replace('\\', '/')).getHost(), "no authority in " + path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "//evil.example/ | a=1 | /evil.example/?a=1",
            "/calls/ | '' | /calls/",
    })
    void theQueryIsKeptAsItWasSent(String raw, String query, String expected) {
        assertEquals(expected, SameOriginPath.withQuery(raw, query));
    }
}
