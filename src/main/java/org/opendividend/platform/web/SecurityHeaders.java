package org.opendividend.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The headers every answer carries, first of all filters ({@code web.xml}) so that error pages, resources and the
 * API get them too: no content sniffing (an uploaded file is never run as a script or page), no address of ours in
 * the {@code Referer} sent to other sites (our addresses carry application ids), and no page of ours inside another
 * site's frame (clickjacking: a hidden "submit" or "approve" under a lure). The Content-Security-Policy set here is
 * the one without a nonce; on a page of PrimeFaces it becomes the one with the page's nonce ({@link PrimeFacesNonce}).
 */
public class SecurityHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(response);
        chain.doFilter(request, new PrimeFacesNonce(response));
    }

    /** Clears what was set on a response not yet sent, for an answer written by hand, and sets the headers again. */
    static void resetKeepingHeaders(HttpServletResponse response) {
        response.reset();
        addTo(response);
    }

    private static void addTo(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // frame-ancestors is the standard; X-Frame-Options for browsers that predate it
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(PrimeFacesNonce.POLICY_HEADER, ContentSecurityPolicy.HEADER);
    }
}
