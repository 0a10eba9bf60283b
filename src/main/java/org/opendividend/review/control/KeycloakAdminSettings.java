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
 * told so. A new account's "set your password" mail (Keycloak's execute-actions mail) leads back to the reviewers' area
 * through the login's client ({@code opendividend.oidc.client-id}) at the application's public address.
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

    @Inject
    @ConfigProperty(name = "opendividend.oidc.client-id", defaultValue = "opendividend-web")
    String webClientId;

    @Inject
    @ConfigProperty(name = "opendividend.public-url")
    Optional<String> publicUrl;

    public KeycloakAdminSettings() {
    }

    /** For unit tests, without CDI. */
    public KeycloakAdminSettings(String providerUri, String adminUrl, String clientId, String clientSecret) {
        this(providerUri, adminUrl, clientId, clientSecret, "opendividend-web", null);
    }

    /** For unit tests, without CDI: with the login's client and the application's public address. */
    public KeycloakAdminSettings(String providerUri, String adminUrl, String clientId, String clientSecret,
                                 String webClientId, String publicUrl) {
        this.providerUri = providerUri;
        this.adminUrl = Optional.ofNullable(adminUrl);
        this.clientId = clientId;
        this.clientSecret = Optional.ofNullable(clientSecret);
        this.webClientId = webClientId;
        this.publicUrl = Optional.ofNullable(publicUrl);
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

    /** The client people log in through, which Keycloak's first-login mail leads back to. */
    public String webClientId() {
        return webClientId;
    }

    /**
     * Where Keycloak's first-login mail leads once the password is set: the reviewers' area at the public address;
     * none without one (Keycloak accepts only absolute addresses its client allows).
     */
    public Optional<String> firstLoginLanding() {
        return publicUrl.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.replaceAll("/+$", "") + "/reviewer/");
    }

    private Matcher issuer() {
        Matcher matcher = ISSUER.matcher(providerUri);
        if (!matcher.matches()) {
            throw new IllegalStateException("opendividend.oidc.provider-uri is not a Keycloak realm's address: " + providerUri);
        }
        return matcher;
    }
}
