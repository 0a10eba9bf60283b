package org.opendividend.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.security.LoginRequiredException;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The person behind the current request, read once per request from the session's OpenID Connect identity token
 * (roles, name, e-mail, ministries; see {@link #readCaller()}). Pages use it as {@code #{currentUser}}.
 * Nothing of it is kept beyond the request: the next request reads the token as the login mechanism last refreshed
 * it ({@link OidcLogin}), so roles and ministries taken away in the identity provider are gone here with it.
 */
@Named
@RequestScoped
public class CurrentUser {

    static final String MINISTRIES_CLAIM = "ministries";
    /** Where Keycloak puts the realm roles (see OidcLogin). */
    static final String GROUPS_CLAIM = "groups";
    /** The provider's login session, in the identity token (OpenID Connect Back-Channel Logout 1.0, section 2.1). */
    static final String SESSION_CLAIM = "sid";

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            caller = readCaller();
        }
        return caller;
    }

    /**
     * The caller as this session's own OpenID Connect login tells: the identity token kept in the session-scoped
     * {@link OpenIdContext}, roles from its {@code groups} claim. Deliberately not the container's caller principal
     * and roles: Payara 6.2025.10 keeps a request's session principal in a security context that concurrent requests
     * share (payara/Payara#6145, fixed upstream by FISH-7515 after this version), so under load a request can see
     * no roles or another person's. The deadline-rush benchmark showed such 403s; the session's own tokens cannot mix.
     */
    private Caller readCaller() {
        HttpSession session = request.isUnsatisfied() ? null : sessionOf(request.get());
        if (session == null) {
            return Caller.ANONYMOUS;
        }
        OpenIdContext oidc = openIdContext.get();
        IdentityToken token = oidc.getIdentityToken();
        if (token == null || oidc.getSubject() == null) {
            return Caller.ANONYMOUS;
        }
        JwtClaims claims = token.getJwtClaims();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claims.getArrayStringClaim(GROUPS_CLAIM).forEach(group -> Role.byName(group).ifPresent(roles::add));
        String username = claims.getStringClaim("preferred_username").orElse(oidc.getSubject());
        String name = DisplayName.compose(claims.getStringClaim("given_name").orElse(null),
                claims.getStringClaim("family_name").orElse(null),
                claims.getStringClaim("name").filter(n -> !n.isBlank()).orElse(username));
        String email = claims.getStringClaim("email").orElse(null);
        boolean emailVerified = EmailVerifiedClaim.of(token.getClaims());
        SortedSet<String> ministries = MinistryGroups.ministryCodes(claims.getArrayStringClaim(MINISTRIES_CLAIM));
        return new Caller(oidc.getSubject(), username, name, email, emailVerified, roles, ministries);
    }

    /**
     * The identity provider's id of the login session this request's session came from (the identity token's
     * {@code sid}), which its back-channel logout names; empty for anonymous visitors.
     */
    public Optional<String> providerSession() {
        if (!caller().isAuthenticated()) {
            return Optional.empty();
        }
        return openIdContext.get().getIdentityToken().getJwtClaims().getStringClaim(SESSION_CLAIM);
    }

    /** The request's session if it has one: a visitor without a session has not logged in (and gets none here). */
    private static HttpSession sessionOf(HttpServletRequest request) {
        try {
            return request.getSession(false);
        } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    /**
     * The caller, who must be logged in and hold the role: for endpoints that check it themselves rather than by a
     * container constraint (see {@link #readCaller()} for why).
     */
    public Caller require(Role role) {
        Caller caller = caller();
        if (!caller.isAuthenticated()) {
            throw new LoginRequiredException();
        }
        if (!caller.has(role)) {
            throw new AccessDeniedException("denied.role." + role.roleName());
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return caller().isAuthenticated();
    }

    public String getDisplayName() {
        return caller().displayName();
    }

    public boolean hasRole(String roleName) {
        return Role.byName(roleName).map(caller()::has).orElse(false);
    }

    /** The person's roles in menu order. */
    public List<Role> getRoles() {
        return List.copyOf(caller().roles());
    }

    public List<String> getMinistries() {
        return List.copyOf(caller().ministries());
    }

    /** Where a person lands after login: the first area their roles open, or the public page. */
    public String getHomeArea() {
        return caller().roles().stream().findFirst().map(Role::area).orElse("/");
    }

    public String getRoleNames() {
        return caller().roles().stream().map(Role::roleName).collect(Collectors.joining(", "));
    }
}
