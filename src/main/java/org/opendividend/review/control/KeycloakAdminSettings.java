package org.opendividend.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where reviewers' accounts are created: Keycloak's address and realm, by default those of the login's provider
 * ({@code opendividend.oidc.provider-uri}, {@code http://host/realms/<realm>}), and the confidential client whose
 * service account may manage the realm's users ({@code opendividend-reviewer-invitations}). Its secret comes from the
 * environment (the Run and Test commands pass the demo realm's); without it nobody can be invited, and the officer is
 * told so.
 */
@ApplicationScoped
public class KeycloakAdminSettings {

    private static final Pattern ISSUER = Pattern.compile("^(.*?)/realms/([^/]+)/*$");

    @Inject
    @ConfigProperty(name = "opendividend.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "opendividend.keycloak.admin-url")
    Optional<String> adminUrl;

    @Inject
    @ConfigProperty(name = "opendividend.keycloak.invitations-client-id", defaultValue = "opendividend-reviewer-invitations")
    String clientId;

    @Inject
    @ConfigProperty(name = "opendividend.keycloak.invitations-client-secret")
    Optional<String> clientSecret;

    public KeycloakAdminSettings() {
    }

    /** For unit tests, without CDI. */
    public KeycloakAdminSettings(String providerUri, String adminUrl, String clientId, String clientSecret) {
        this.providerUri = providerUri;
        this.adminUrl = Optional.ofNullable(adminUrl);
        this.clientId = clientId;
        this.clientSecret = Optional.ofNullable(clientSecret);
    }

    /** Keycloak's base address ({@code http://localhost:8180}): the setting, or that of the login's provider. */
    public String serverUrl() {
        return adminUrl.filter(url -> !url.isBlank()).map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> issuer().group(1));
    }

    public String realm() {
        return issuer().group(2);
    }

    public String clientId() {
        return clientId;
    }

    public Optional<String> clientSecret() {
        return clientSecret.filter(secret -> !secret.isBlank());
    }

    private Matcher issuer() {
        Matcher matcher = ISSUER.matcher(providerUri);
        if (!matcher.matches()) {
            throw new IllegalStateException("opendividend.oidc.provider-uri is not a Keycloak realm's address: " + providerUri);
        }
        return matcher;
    }
}
