package org.opendividend.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.opendividend.platform.Jsons;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The identity provider's issuer name and public RSA signing keys by key id, read from its discovery document and
 * JWKS and kept. An unknown key id makes it read the keys again (the provider rotated them), but at most every
 * {@link #REFETCH_PAUSE}, so that tokens with made-up key ids cannot make this application hammer the provider.
 */
@ApplicationScoped
public class ProviderKeys {

    private static final Logger LOG = Logger.getLogger(ProviderKeys.class.getName());
    static final Duration REFETCH_PAUSE = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile String issuer;
    private volatile String jwksUri;
    private volatile Map<String, PublicKey> keys = Map.of();
    private volatile Instant fetched = Instant.EPOCH;

    /** The provider's issuer name as its discovery document gives it (and as its tokens must carry it). */
    public String issuer() {
        discover();
        return issuer;
    }

    /** The provider's signing key with this id, if it publishes one. */
    public Optional<PublicKey> key(String keyId) {
        PublicKey key = keys.get(keyId);
        if (key == null && Instant.now().isAfter(fetched.plus(REFETCH_PAUSE))) {
            refetch();
            key = keys.get(keyId);
        }
        return Optional.ofNullable(key);
    }

    private void discover() {
        if (issuer == null) {
            JsonObject discovery = fetch(settings.getDiscoveryUri());
            jwksUri = discovery.getString("jwks_uri");
            issuer = discovery.getString("issuer");
        }
    }

    private synchronized void refetch() {
        if (!Instant.now().isAfter(fetched.plus(REFETCH_PAUSE))) {
            return; // another thread just did
        }
        fetched = Instant.now();
        try {
            discover();
            keys = rsaKeys(fetch(jwksUri));
        } catch (RuntimeException unreachable) {
            LOG.log(Level.WARNING, "the identity provider's signing keys could not be read", unreachable);
        }
    }

    /** The RSA keys for signatures of a JWKS, by key id. */
    static Map<String, PublicKey> rsaKeys(JsonObject jwks) {
        Map<String, PublicKey> rsa = new java.util.HashMap<>();
        for (JsonObject jwk : jwks.getJsonArray("keys").getValuesAs(JsonObject.class)) {
            boolean forSignatures = !jwk.containsKey("use") || "sig".equals(jwk.getString("use", ""));
            if ("RSA".equals(jwk.getString("kty", "")) && forSignatures && jwk.get("kid") instanceof JsonString kid) {
                try {
                    rsa.put(kid.getString(), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            unsigned(jwk.getString("n")), unsigned(jwk.getString("e")))));
                } catch (GeneralSecurityException | RuntimeException unusable) {
                    LOG.warning(() -> "skipping the provider's key " + kid.getString() + ": " + unusable);
                }
            }
        }
        return Map.copyOf(rsa);
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }

    private JsonObject fetch(String uri) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode());
            }
            try (var reader = Jsons.createReader(new StringReader(answer.body()))) {
                return reader.readObject();
            }
        } catch (IOException unreachable) {
            throw new IllegalStateException(uri + " unreachable", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }
}
