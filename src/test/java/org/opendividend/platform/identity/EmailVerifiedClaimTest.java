package org.opendividend.platform.identity;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An address counts as verified only when the identity provider says so (or the demo trusts every address). */
class EmailVerifiedClaimTest {

    @Test
    void keycloaksJsonTrueAndATextTrueAreVerified() {
        assertTrue(EmailVerifiedClaim.of(Map.of("email_verified", Boolean.TRUE), false));
        assertTrue(EmailVerifiedClaim.of(Map.of("email_verified", "true"), false));
    }

    @Test
    void falseMissingOrOddValuesAreNotVerified() {
        assertFalse(EmailVerifiedClaim.of(Map.of("email_verified", Boolean.FALSE), false));
        assertFalse(EmailVerifiedClaim.of(Map.of("email", "lin@example.org"), false), "no claim, no proof");
        assertFalse(EmailVerifiedClaim.of(Map.of("email_verified", 1), false));
        assertFalse(EmailVerifiedClaim.of(Map.of("email_verified", "yes"), false));
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("email_verified", null);
        assertFalse(EmailVerifiedClaim.of(nullValue, false));
        assertFalse(EmailVerifiedClaim.of(null, false));
    }

    @Test
    void theDemoTakesEveryAddressAsVerified() {
        assertTrue(EmailVerifiedClaim.of(Map.of("email_verified", Boolean.FALSE), true));
    }
}
