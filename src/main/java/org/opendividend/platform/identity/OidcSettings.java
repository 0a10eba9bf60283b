package org.opendividend.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is and who this application is to it, from MicroProfile Config
 * ({@code OPENDIVIDEND_OIDC_PROVIDER_URI}, {@code ..._CLIENT_ID}, {@code ..._CLIENT_SECRET} in the environment).
 * The secret has no default: production refuses to start without it ({@code StartupSettings}), and the Run and Test
 * commands pass the demo realm's. Read by the login mechanism through EL and by the readiness check.
 */
@Named
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "opendividend.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "opendividend.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "opendividend.oidc.client-secret")
    java.util.Optional<String> clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    /** The provider's discovery document, which answers only while the provider is up. */
    public String getDiscoveryUri() {
        return providerUri.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }
}
