package org.opendividend.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a role's area (and the role's API paths) with 403 to anyone without the role, deciding by the session's
 * own login ({@link CurrentUser}). {@code web.xml} only requires a logged-in person there (and sends anonymous
 * visitors to Keycloak); it does not check roles itself, because Payara 6.2025.10's container sometimes sees no
 * roles under concurrent load (payara/Payara#6145), which refused applicants their own pages at the deadline.
 */
public class AreaGuard extends HttpFilter {

    private static final String API = "/api/";
    private static final Set<String> WRITING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isApiWrite(request) && !currentUser.caller().isAuthenticated()) {
            // every write of the API is a logged-in person's: an anonymous one is refused before its body is read
            refuseAsProblem(request, response, Optional.empty());
            return;
        }
        Optional<Role> required = requiredRole(request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse(""),
                request.getMethod());
        if (required.isPresent() && !currentUser.caller().has(required.get())) {
            refusals.refused(request, "denied.role." + required.get().roleName());
            if (request.getServletPath().startsWith(API)) {
                refuseAsProblem(request, response, required);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** API callers get a JSON problem, never a page or a login redirect: 401 when not logged in, 403 without the role. */
    private void refuseAsProblem(HttpServletRequest request, HttpServletResponse response, Optional<Role> role) throws IOException {
        var locale = ApiLanguage.of(request);
        if (currentUser.caller().isAuthenticated() && role.isPresent()) {
            ErrorResponses.send(response, jakarta.ws.rs.core.Response.Status.FORBIDDEN, "forbidden",
                    "denied.role." + role.get().roleName(), locale);
        } else {
            ErrorResponses.send(response, jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "login_required",
                    "error.http.401", locale);
        }
    }

    private static boolean isApiWrite(HttpServletRequest request) {
        return request.getServletPath().startsWith(API) && WRITING.contains(request.getMethod());
    }

    /** The role a path needs, if any: an area's own, the audit API's fund-admin, writing calls an officer. */
    public static Optional<Role> requiredRole(String path, String method) {
        if (path.startsWith("/api/v1/audit/")) {
            return Optional.of(Role.FUND_ADMIN);
        }
        if ((path.equals("/api/v1/calls") || path.startsWith("/api/v1/calls/")) && WRITING.contains(method)) {
            return Optional.of(Role.OFFICER);
        }
        return Arrays.stream(Role.values()).filter(role -> path.startsWith(role.area())).findFirst();
    }
}
