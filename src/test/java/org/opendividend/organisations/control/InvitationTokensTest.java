package org.opendividend.organisations.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens are 32 random bytes in base64url (43 characters, safe in a URL) and never repeat. */
class InvitationTokensTest {

    @Test
    void tokensAreLongUrlSafeAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationTokens.next();
            assertEquals(43, token.length());
            assertTrue(InvitationTokens.looksLikeToken(token), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void anythingElseIsNotLookedUp() {
        assertFalse(InvitationTokens.looksLikeToken(null));
        assertFalse(InvitationTokens.looksLikeToken("short"));
        assertFalse(InvitationTokens.looksLikeToken("' or 1=1 --" + "x".repeat(32)));
    }
}
