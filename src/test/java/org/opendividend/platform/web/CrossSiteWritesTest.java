package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossSiteWritesTest {

    private static final Set<String> OURS = Set.of("http://localhost:8080", "https://fund.example.tw");

    @Test
    void aWriteFromOurOwnPagesPasses() {
        assertTrue(CrossSiteWrites.fromOurOwnPages("http://localhost:8080", "same-origin", OURS));
        assertTrue(CrossSiteWrites.fromOurOwnPages("HTTPS://FUND.EXAMPLE.TW", null, OURS), "origins compare without case");
    }

    @Test
    void aWriteFromAnotherOriginIsRefused() {
        assertFalse(CrossSiteWrites.fromOurOwnPages("http://evil.example", "cross-site", OURS));
        assertFalse(CrossSiteWrites.fromOurOwnPages("http://localhost:8081", null, OURS), "another port is another origin");
        assertFalse(CrossSiteWrites.fromOurOwnPages("https://fund.example.tw.evil.example", null, OURS));
        assertFalse(CrossSiteWrites.fromOurOwnPages("null", null, OURS), "a sandboxed or file page");
    }

    @Test
    void withoutAnOriginTheBrowsersFetchSiteDecides() {
        assertFalse(CrossSiteWrites.fromOurOwnPages(null, "cross-site", OURS));
        assertFalse(CrossSiteWrites.fromOurOwnPages(null, "same-site", OURS), "a sibling sub-domain is not us");
        assertTrue(CrossSiteWrites.fromOurOwnPages(null, "same-origin", OURS));
        assertTrue(CrossSiteWrites.fromOurOwnPages(null, null, OURS), "no browser: an API client or the identity provider");
    }

    @Test
    void theOriginOfAConfiguredAddress() {
        assertEquals("https://fund.example.tw", CrossSiteWrites.originOf("https://Fund.Example.tw/"));
        assertEquals("http://localhost:8080", CrossSiteWrites.originOf(" http://localhost:8080/od "));
    }
}
