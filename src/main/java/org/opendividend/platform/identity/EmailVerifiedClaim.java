package org.opendividend.platform.identity;

import org.opendividend.platform.configuration.StartupSettings;

import java.util.Map;

/**
 * Whether the identity provider vouches for the person's e-mail address: the ID token's {@code email_verified}
 * claim. Read from the token's claim map because the JwtClaims API has no boolean getter (its string getter refuses
 * Keycloak's JSON {@code true}). A missing or unreadable claim counts as not verified: an address nobody proved may
 * belong to someone else, and mail to it or an invitation accepted with it would reach the wrong person.
 */
public final class EmailVerifiedClaim {

    static final String CLAIM = "email_verified";

    /** Read once: the demo's setting cannot change while the application runs. */
    private static final boolean DEMO_TRUST = StartupSettings.current().trustsUnverifiedAddresses();

    private EmailVerifiedClaim() {
    }

    /** The claim as this deployment takes it (in the demo every address counts as verified, see StartupSettings). */
    public static boolean of(Map<String, Object> claims) {
        return of(claims, DEMO_TRUST);
    }

    static boolean of(Map<String, Object> claims, boolean trustUnverified) {
        if (trustUnverified) {
            return true;
        }
        Object value = claims == null ? null : claims.get(CLAIM);
        // JSON true from Keycloak; some providers send the text "true"
        return Boolean.TRUE.equals(value) || (value instanceof String text && Boolean.parseBoolean(text.strip()));
    }
}
