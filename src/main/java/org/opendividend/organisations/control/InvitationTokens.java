package org.opendividend.organisations.control;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable invitation tokens: 32 random bytes from {@link SecureRandom}, base64url without padding (43 characters). */
public final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string could be a token at all; anything else is not looked up. */
    public static boolean looksLikeToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
