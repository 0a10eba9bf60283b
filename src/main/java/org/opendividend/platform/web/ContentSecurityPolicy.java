package org.opendividend.platform.web;

/**
 * The Content-Security-Policy of every answer. It closes framing by any site ({@code frame-ancestors}), plugins
 * ({@code object-src}), a planted {@code <base>} redirecting our relative links ({@code base-uri}), and loading
 * anything from another origin: scripts, styles, fonts, images and connections come from this server only, so an
 * injected {@code <script src>} or an image beacon carrying data away is refused by the browser.
 * <p>
 * Inline scripts are still allowed: PrimeFaces writes each widget's set-up as an inline script and evaluates the
 * scripts of its AJAX answers, and its nonce mode ({@code primefaces.CSP}) is not switched on yet. Until it is, the
 * defence against injected inline script is the escaping of every value on output (Facelets, {@code Html.escape}).
 */
final class ContentSecurityPolicy {

    static final String HEADER = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            // PrimeFaces' theme draws some icons as data: URLs
            "img-src 'self' data:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    private ContentSecurityPolicy() {
    }
}
