package org.opendividend.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.servlet.http.HttpSession;
import org.opendividend.platform.security.SameOriginPath;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After login the OpenID Connect mechanism (Soteria) replays the request that asked for it. That replayed request
 * knows the caller but not yet their roles, and its parameter accessors throw a NullPointerException when the
 * original request had none. This filter, first in the chain ({@code web.xml}), answers a replayed GET with a
 * redirect to the original address (with its query string, which the mechanism drops), which the browser then asks
 * for as an ordinary request of the logged-in session, and makes parameter access safe for anything else. That
 * moment, right after the login succeeded, is also where the session gets a new id.
 */
public class ReplayedRequestGuard extends HttpFilter {

    /** Session attribute in which Payara's OpenID Connect mechanism keeps the address that asked for the login. */
    static final String ORIGINAL_ADDRESS = "oidc.original.request";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isReplayedAfterLogin(request) && "GET".equals(request.getMethod())) {
            // the login has just succeeded: from here on the session is a logged-in person's, so it gets a new id;
            // an id someone planted or saw before the login (session fixation) is worth nothing now
            if (request.getSession(false) != null && request.getUserPrincipal() != null) {
                request.changeSessionId();
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", originalAddress(request));
            return;
        }
        chain.doFilter(new NullSafeParameters(request), response);
    }

    /**
     * Where the person was going before logging in, query string included: the mechanism keeps the full address in
     * the session but sends the browser back without its query. Only a path on this server is taken from it, and
     * never one a browser would read as another site ({@link SameOriginPath}).
     */
    static String originalAddress(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(ORIGINAL_ADDRESS);
        if (stored instanceof String original) {
            try {
                URI uri = new URI(original);
                if (request.getRequestURI().equals(uri.getRawPath()) && uri.getRawQuery() != null) {
                    return SameOriginPath.withQuery(uri.getRawPath(), uri.getRawQuery());
                }
            } catch (URISyntaxException malformed) {
                // fall back to the path alone
            }
        }
        return SameOriginPath.of(request.getRequestURI());
    }

    /**
     * The mechanism sends the browser back to the original address with the provider's answer ({@code state},
     * {@code code}) as the query; it treats every GET with both as a callback, so no page of ours uses them.
     * Read from the raw query string: the replayed request's parameter accessors are the broken part.
     */
    static boolean isReplayedAfterLogin(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        Set<String> names = Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0]).collect(Collectors.toSet());
        return names.contains("state") && names.contains("code");
    }

    static final class NullSafeParameters extends HttpServletRequestWrapper {

        NullSafeParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            try {
                return super.getParameter(name);
            } catch (NullPointerException noParameters) {
                return null;
            }
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            try {
                Map<String, String[]> map = super.getParameterMap();
                return map == null ? Map.of() : map;
            } catch (NullPointerException noParameters) {
                return Map.of();
            }
        }

        @Override
        public Enumeration<String> getParameterNames() {
            try {
                Enumeration<String> names = super.getParameterNames();
                return names == null ? Collections.emptyEnumeration() : names;
            } catch (NullPointerException noParameters) {
                return Collections.emptyEnumeration();
            }
        }

        @Override
        public String[] getParameterValues(String name) {
            try {
                return super.getParameterValues(name);
            } catch (NullPointerException noParameters) {
                return null;
            }
        }
    }
}
