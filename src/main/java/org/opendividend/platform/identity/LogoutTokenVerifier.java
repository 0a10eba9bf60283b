package org.opendividend.platform.identity;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.opendividend.platform.Jsons;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a back-channel logout token as OpenID Connect Back-Channel Logout 1.0 (section 2.6) asks, before anything
 * is ended by it: signed RS256 by one of the provider's keys, issued by the provider, for this client, recently, a
 * logout event and not an identity token (no {@code nonce}), naming a person or a session. The endpoint is open to
 * anyone, so everything a token says is believed only after its signature is.
 */
public final class LogoutTokenVerifier {

    static final String BACK_CHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** Keycloak sends the token at the moment of logout; an older one is a replay. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    /** Keycloak's are under 2 KB; a longer text is not read further. */
    static final int MAX_LENGTH = 8192;

    private final String issuer;
    private final String clientId;
    private final Function<String, Optional<PublicKey>> keysById;
    private final Clock clock;

    /**
     * @param keysById the provider's signing key with a key id ({@code kid}), if it has one
     */
    public LogoutTokenVerifier(String issuer, String clientId, Function<String, Optional<PublicKey>> keysById, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keysById = keysById;
        this.clock = clock;
    }

    /** The verified token, or {@link InvalidLogoutTokenException} saying what is wrong with it. */
    public LogoutToken verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            throw new InvalidLogoutTokenException("missing or too long");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidLogoutTokenException("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(string(header, "alg").orElse(null))) {
            throw new InvalidLogoutTokenException("not signed with RS256");
        }
        PublicKey key = string(header, "kid").flatMap(keysById)
                .orElseThrow(() -> new InvalidLogoutTokenException("signed with a key the provider does not publish"));
        if (!signatureHolds(key, parts[0] + "." + parts[1], decode(parts[2]))) {
            throw new InvalidLogoutTokenException("signature does not hold");
        }
        return claimsOf(json(parts[1]));
    }

    private LogoutToken claimsOf(JsonObject claims) {
        if (!issuer.equals(string(claims, "iss").orElse(null))) {
            throw new InvalidLogoutTokenException("another issuer");
        }
        if (!audience(claims.get("aud"))) {
            throw new InvalidLogoutTokenException("for another client");
        }
        Instant now = clock.instant();
        Instant issued = instant(claims, "iat").orElseThrow(() -> new InvalidLogoutTokenException("no iat"));
        if (issued.isBefore(now.minus(MAX_AGE)) || issued.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidLogoutTokenException("not issued recently");
        }
        if (instant(claims, "exp").filter(exp -> exp.isBefore(now.minus(CLOCK_SKEW))).isPresent()) {
            throw new InvalidLogoutTokenException("expired");
        }
        JsonValue events = claims.get("events");
        if (!(events instanceof JsonObject eventObject) || !(eventObject.get(BACK_CHANNEL_LOGOUT_EVENT) instanceof JsonObject)) {
            throw new InvalidLogoutTokenException("no back-channel logout event");
        }
        if (claims.containsKey("nonce")) {
            throw new InvalidLogoutTokenException("has a nonce: an identity token, not a logout token");
        }
        Optional<String> subject = string(claims, "sub");
        Optional<String> session = string(claims, "sid");
        if (subject.isEmpty() && session.isEmpty()) {
            throw new InvalidLogoutTokenException("names neither sub nor sid");
        }
        return new LogoutToken(subject, session);
    }

    private boolean audience(JsonValue aud) {
        if (aud instanceof JsonString single) {
            return clientId.equals(single.getString());
        }
        return aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY && aud.asJsonArray().stream()
                .anyMatch(value -> value instanceof JsonString s && clientId.equals(s.getString()));
    }

    private static boolean signatureHolds(PublicKey key, String signingInput, byte[] signature) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException unusable) {
            return false;
        }
    }

    private static JsonObject json(String part) {
        try (var reader = Jsons.createReader(new StringReader(new String(decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new InvalidLogoutTokenException("not JSON");
        }
    }

    private static byte[] decode(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidLogoutTokenException("not base64url");
        }
    }

    private static Optional<String> string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value && !value.getString().isBlank()
                ? Optional.of(value.getString()) : Optional.empty();
    }

    private static Optional<Instant> instant(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber seconds
                ? Optional.of(Instant.ofEpochSecond(seconds.longValue())) : Optional.empty();
    }

    /** Why a logout token is refused; the endpoint answers 400 and ends nothing. */
    public static final class InvalidLogoutTokenException extends RuntimeException {
        InvalidLogoutTokenException(String reason) {
            super(reason, null, false, false);
        }
    }
}
