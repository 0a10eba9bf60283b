package org.opendividend.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses a write that another site's page sent (cross-site request forgery). The API and the pages know the caller
 * by the session cookie, so a form or script on another site could make a logged-in person's browser submit,
 * withdraw or log out. The session cookie is {@code SameSite=Lax} ({@link SessionCookie}), which already keeps it
 * off such requests; this is the second lock, for browsers that do not honour that: a browser names the page's
 * origin on every write ({@code Origin}, or at least {@code Sec-Fetch-Site}), and a write from another origin is
 * answered 403 before anything reads its body. Clients that are not browsers (the applicants' API clients, Keycloak's
 * back-channel) send neither header and are not affected; they cannot be made to act by another site.
 */
public class CrossSiteWrites extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CrossSiteWrites.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod()) || fromOurOwnPages(request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"), ownOrigins(request))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "cross-site write refused: " + request.getMethod() + " " + request.getRequestURI()
                + " from Origin " + request.getHeader("Origin") + ", Sec-Fetch-Site " + request.getHeader("Sec-Fetch-Site"));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ErrorResponses.send(response, Response.Status.FORBIDDEN, "cross_site_request", "error.cross-site",
                    ApiLanguage.of(request));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * Whether a write came from one of our own pages or from no browser page at all. {@code Origin: null} (a
     * sandboxed frame, a page opened from a file) is another origin.
     */
    static boolean fromOurOwnPages(String origin, String fetchSite, Set<String> ownOrigins) {
        if (origin != null) {
            return ownOrigins.contains(origin.toLowerCase(Locale.ROOT));
        }
        return fetchSite == null || fetchSite.equals("same-origin") || fetchSite.equals("none");
    }

    /** This server as the browser addressed it, and the public address when one is configured (behind a proxy). */
    private static Set<String> ownOrigins(HttpServletRequest request) {
        Set<String> own = new HashSet<>();
        own.add((request.getScheme() + "://" + request.getHeader("Host")).toLowerCase(Locale.ROOT));
        String published = PublicLinks.publicUrl();
        if (!published.isEmpty()) {
            own.add(originOf(published));
        }
        return own;
    }

    static String originOf(String url) {
        URI uri = URI.create(url.trim());
        return (uri.getScheme() + "://" + uri.getAuthority()).toLowerCase(Locale.ROOT);
    }
}
