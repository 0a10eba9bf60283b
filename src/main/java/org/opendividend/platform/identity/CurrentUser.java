package org.opendividend.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The person behind the current request, read once per request from the container's security context (roles) and
 * the OpenID Connect identity token (name, e-mail, ministries). Pages use it as {@code #{currentUser}}.
 */
@Named
@RequestScoped
public class CurrentUser {

    static final String MINISTRIES_CLAIM = "ministries";

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            caller = readCaller();
        }
        return caller;
    }

    private Caller readCaller() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> securityContext.isCallerInRole(r.roleName())).forEach(roles::add);
        OpenIdContext oidc = openIdContext.get();
        JwtClaims claims = oidc.getIdentityToken().getJwtClaims();
        String username = claims.getStringClaim("preferred_username").orElse(principal.getName());
        String name = DisplayName.compose(claims.getStringClaim("given_name").orElse(null),
                claims.getStringClaim("family_name").orElse(null),
                claims.getStringClaim("name").filter(n -> !n.isBlank()).orElse(username));
        String email = claims.getStringClaim("email").orElse(null);
        SortedSet<String> ministries = MinistryGroups.ministryCodes(claims.getArrayStringClaim(MINISTRIES_CLAIM));
        return new Caller(oidc.getSubject(), username, name, email, roles, ministries);
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
