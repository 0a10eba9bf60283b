package org.opendividend.platform.security;

/**
 * The one rule for an address we send a browser to: a path on this server, never another origin. A request's raw
 * path is what its sender wrote, and {@code GET //evil.example/?lang=en} has the path {@code //evil.example/}: put
 * into {@code Location} as it is, a browser reads it as the address of another site (protocol-relative), and so
 * does {@code /\evil.example} (browsers treat a backslash as a slash). The leading run of slashes and backslashes
 * becomes one slash, and control characters and spaces (which browsers strip before parsing) are dropped.
 */
public final class SameOriginPath {

    private SameOriginPath() {
    }

    /** The raw path as a path on this server: starting with exactly one slash and never naming another host. */
    public static String of(String rawPath) {
        StringBuilder path = new StringBuilder("/");
        boolean leading = true;
        for (int i = 0; rawPath != null && i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                continue;
            }
            if (leading && (c == '/' || c == '\\')) {
                continue;
            }
            leading = false;
            path.append(c);
        }
        return path.toString();
    }

    /** The path as {@link #of} makes it, with the query (already encoded) when there is one. */
    public static String withQuery(String rawPath, String rawQuery) {
        return of(rawPath) + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }
}
