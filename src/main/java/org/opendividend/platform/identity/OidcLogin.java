package org.opendividend.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Login through the identity provider with Jakarta Security's OpenID Connect mechanism (authorization code flow).
 * Realm roles arrive in the {@code groups} claim and are mapped to the application's roles in
 * {@code glassfish-web.xml}; ministries arrive as group paths in the {@code ministries} claim.
 * Logout ends the provider's session too and comes back to the public page.
 * <p>
 * Roles and ministries follow the provider within a token's lifetime (the realm's {@code accessTokenLifespan}, which
 * Keycloak also gives the identity token): once the identity or access token is about to expire
 * ({@code tokenMinValidity} before), the mechanism (Soteria 3.0.3 in Payara 6) refreshes them with the refresh token
 * before the request goes on, and keeps the new identity token in the session's {@code OpenIdContext}, from which
 * {@link CurrentUser} reads roles and ministries on every request. Keycloak computes a refreshed token from the
 * person as they are now, so a role or group taken away there is gone here. When the refresh is refused (the
 * provider's session ended or the person was disabled), the mechanism ends the session ({@code identityTokenExpiry},
 * {@code accessTokenExpiry}): a session never outlives its tokens. A logout at the provider ends the session at once
 * ({@link BackChannelLogout}).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/",
                identityTokenExpiry = true, accessTokenExpiry = true))
@ApplicationScoped
public class OidcLogin {
}
