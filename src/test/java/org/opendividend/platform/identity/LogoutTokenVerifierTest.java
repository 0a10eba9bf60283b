package org.opendividend.platform.identity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendividend.platform.identity.LogoutTokenVerifier.InvalidLogoutTokenException;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogoutTokenVerifierTest {

    private static final String ISSUER = "http://localhost:8180/realms/opendividend";
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final String EVENTS = "\"events\":{\"http://schemas.openid.net/event/backchannel-logout\":{}}";

    private static KeyPair providerKey;
    private static KeyPair otherKey;

    private final LogoutTokenVerifier verifier = new LogoutTokenVerifier(ISSUER, "opendividend-web",
            kid -> Optional.ofNullable(Map.of("k1", providerKey.getPublic()).get(kid)), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        providerKey = generator.generateKeyPair();
        otherKey = generator.generateKeyPair();
    }

    private static String claims(String extra) {
        return "{\"iss\":\"" + ISSUER + "\",\"aud\":[\"opendividend-web\",\"account\"],\"iat\":" + NOW.getEpochSecond()
                + ",\"jti\":\"j1\",\"sub\":\"s1\",\"sid\":\"sid1\"," + EVENTS + extra + "}";
    }

    @Test
    void aTokenOfTheProviderForThisClientNamesThePersonAndTheSession() {
        LogoutToken token = verifier.verify(signed(providerKey.getPrivate(), "k1", claims("")));
        assertEquals(new LogoutToken(Optional.of("s1"), Optional.of("sid1")), token);
    }

    @Test
    void aSingleAudienceStringIsAcceptedToo() {
        String claims = claims("").replace("[\"opendividend-web\",\"account\"]", "\"opendividend-web\"");
        assertEquals(Optional.of("s1"), verifier.verify(signed(providerKey.getPrivate(), "k1", claims)).subject());
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        assertRefused(signed(otherKey.getPrivate(), "k1", claims("")));
    }

    @Test
    void aKeyTheProviderDoesNotPublishIsRefused() {
        assertRefused(signed(providerKey.getPrivate(), "unknown", claims("")));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused(base64("{\"alg\":\"none\"}") + "." + base64(claims("")) + ".");
        String signed = signed(providerKey.getPrivate(), "k1", claims(""));
        assertRefused(signed.substring(0, signed.lastIndexOf('.') + 1));
    }

    @Test
    void aChangedClaimBreaksTheSignature() {
        String[] parts = signed(providerKey.getPrivate(), "k1", claims("")).split("\\.");
        assertRefused(parts[0] + "." + base64(claims("").replace("\"s1\"", "\"s2\"")) + "." + parts[2]);
    }

    @Test
    void anotherIssuerOrAudienceIsRefused() {
        assertRefused(signed(providerKey.getPrivate(), "k1", claims("").replace(ISSUER, "http://evil.example/realms/x")));
        assertRefused(signed(providerKey.getPrivate(), "k1", claims("").replace("\"opendividend-web\",", "")));
    }

    @Test
    void aTokenWithoutTheLogoutEventOrWithANonceIsRefused() {
        assertRefused(signed(providerKey.getPrivate(), "k1", claims("").replace(EVENTS, "\"events\":{}")));
        assertRefused(signed(providerKey.getPrivate(), "k1", claims(",\"nonce\":\"n\"")));
    }

    @Test
    void anOldOrFutureTokenIsRefused() {
        long iat = NOW.getEpochSecond();
        assertRefused(signed(providerKey.getPrivate(), "k1", claims("").replace("\"iat\":" + iat, "\"iat\":" + (iat - 600))));
        assertRefused(signed(providerKey.getPrivate(), "k1", claims("").replace("\"iat\":" + iat, "\"iat\":" + (iat + 600))));
        assertRefused(signed(providerKey.getPrivate(), "k1", claims(",\"exp\":" + (iat - 300))));
    }

    @Test
    void aTokenNamingNeitherPersonNorSessionIsRefused() {
        assertRefused(signed(providerKey.getPrivate(), "k1", claims("").replace("\"sub\":\"s1\",\"sid\":\"sid1\",", "")));
    }

    @Test
    void garbageIsRefused() {
        assertRefused(null);
        assertRefused("not a token");
        assertRefused("a.b.c");
        assertRefused("x".repeat(LogoutTokenVerifier.MAX_LENGTH + 1));
    }

    private void assertRefused(String token) {
        assertThrows(InvalidLogoutTokenException.class, () -> verifier.verify(token));
    }

    static String signed(PrivateKey key, String kid, String claims) {
        try {
            String input = base64("{\"alg\":\"RS256\",\"typ\":\"logout+jwt\",\"kid\":\"" + kid + "\"}") + "." + base64(claims);
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
