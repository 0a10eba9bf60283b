package org.opendividend.outputs.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * What fetching one URL gave: an answer with its status and body, or why there is none.
 *
 * @param outcome   answered, refused before sending (an address or scheme the fund does not fetch), unreachable
 *                  (connection, timeout, too many redirects, too large)
 * @param status    the HTTP status of the last hop, 0 without an answer
 * @param body      the body (at most the size limit), empty without an answer
 * @param reasonKey the message key saying why there is no answer, null when answered
 * @param uri       the URL of the last hop
 * @param locationHeader the Location header of a redirect, else null
 */
public record RegistryResponse(Outcome outcome, int status, byte[] body, String reasonKey, URI uri, String locationHeader) {

    public enum Outcome { ANSWERED, REFUSED, UNREACHABLE }

    public static final String REFUSED_SCHEME = "outputs.check.refused.scheme";
    public static final String REFUSED_CREDENTIALS = "outputs.check.refused.credentials";
    public static final String REFUSED_ADDRESS = "outputs.check.refused.address";
    public static final String REFUSED_URL = "outputs.check.refused.url";
    public static final String UNREACHABLE_HOST = "outputs.check.unreachable.host";
    public static final String UNREACHABLE_TIMEOUT = "outputs.check.unreachable.timeout";
    public static final String UNREACHABLE_TOO_LARGE = "outputs.check.unreachable.tooLarge";
    public static final String UNREACHABLE_REDIRECTS = "outputs.check.unreachable.redirects";

    public RegistryResponse {
        body = body == null ? new byte[0] : body;
    }

    static RegistryResponse answered(int status, byte[] body, URI uri) {
        return new RegistryResponse(Outcome.ANSWERED, status, body, null, uri, null);
    }

    static RegistryResponse refused(String reasonKey, URI uri) {
        return new RegistryResponse(Outcome.REFUSED, 0, null, reasonKey, uri, null);
    }

    static RegistryResponse unreachable(String reasonKey, URI uri) {
        return new RegistryResponse(Outcome.UNREACHABLE, 0, null, reasonKey, uri, null);
    }

    RegistryResponse withLocation(String location) {
        return new RegistryResponse(outcome, status, body, reasonKey, uri, location);
    }

    java.util.Optional<String> location() {
        return java.util.Optional.ofNullable(locationHeader);
    }

    public boolean ok() {
        return outcome == Outcome.ANSWERED && status >= 200 && status < 300;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
