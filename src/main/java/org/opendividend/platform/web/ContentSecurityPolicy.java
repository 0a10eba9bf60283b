package org.opendividend.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every answer. It closes framing by any site ({@code frame-ancestors}), plugins
 * ({@code object-src}), a planted {@code <base>} redirecting our relative links ({@code base-uri}), and loading
 * anything from another origin: scripts, styles, fonts, images and connections come from this server only, so an
 * injected {@code <script src>} or an image beacon carrying data away is refused by the browser.
 * <p>
 * No inline script runs and nothing is evaluated from a string ({@code 'unsafe-inline'} and {@code 'unsafe-eval'}
 * are absent), so markup injected past the escaping of our output cannot run either. A page of PrimeFaces runs the
 * inline scripts PrimeFaces writes because they carry the page's nonce ({@link #withNonce}): in its CSP mode
 * ({@code primefaces.CSP} in {@code web.xml}) PrimeFaces gives each view a nonce, writes it on every {@code <script>},
 * turns inline {@code on...} attributes into handlers registered by such a script, and evaluates the scripts of its
 * AJAX answers as nonce'd script elements rather than with {@code eval}. Any other answer (the API, files, pages
 * written by hand) has no nonce: it runs script files of this server only.
 * <p>
 * Inline styles stay allowed: PrimeFaces' widgets position and size their elements with {@code style} attributes
 * (and jQuery sets styles at run time), which no nonce covers. A style cannot run script.
 */
final class ContentSecurityPolicy {

    /** The policy of an answer without a nonce: script files of this server only. */
    static final String HEADER = withScripts("script-src 'self'");

    /** A nonce as PrimeFaces writes it (Base64), and nothing that could end the directive or the header. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/]+={0,2})'");

    private ContentSecurityPolicy() {
    }

    /** The policy of a page whose own inline scripts carry {@code nonce}. */
    static String withNonce(String nonce) {
        if (!NONCE.matcher("'nonce-" + nonce + "'").matches()) {
            throw new IllegalArgumentException("not a nonce: " + nonce);
        }
        return withScripts("script-src 'self' 'nonce-" + nonce + "'");
    }

    /**
     * Our policy for an answer that was given {@code announced} (the policy PrimeFaces adds with its nonce): the one
     * with that nonce, or, when it names none, the policy without a nonce.
     */
    static String replacing(String announced) {
        Matcher nonce = NONCE.matcher(announced == null ? "" : announced);
        return nonce.find() ? withNonce(nonce.group(1)) : HEADER;
    }

    private static String withScripts(String scriptSource) {
        return String.join("; ",
                "default-src 'self'",
                scriptSource,
                // PrimeFaces' widgets and jQuery set style attributes (see above)
                "style-src 'self' 'unsafe-inline'",
                // PrimeFaces' theme draws some icons as data: URLs
                "img-src 'self' data:",
                "font-src 'self' data:",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'");
    }
}
