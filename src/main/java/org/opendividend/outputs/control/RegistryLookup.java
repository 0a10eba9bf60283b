package org.opendividend.outputs.control;

import java.util.Optional;

/**
 * What asking a registry about one output gave: its facts, or why there are none. Adapters never throw.
 *
 * @param status    found; not found (or not visible without a login, which registries do not tell apart);
 *                  unreachable (connection, timeout, too large, an answer that is not the registry's JSON);
 *                  refused (a URL or identifier the fund does not fetch)
 * @param facts     when found
 * @param reasonKey the message key when not found
 */
public record RegistryLookup(Status status, RegistryFacts facts, String reasonKey) {

    public enum Status { FOUND, NOT_FOUND, UNREACHABLE, REFUSED }

    public static final String NOT_FOUND_KEY = "outputs.check.notFound";
    public static final String MALFORMED = "outputs.check.unreachable.malformed";
    public static final String UNEXPECTED_STATUS = "outputs.check.unreachable.status";
    public static final String BAD_IDENTIFIER = "outputs.check.refused.identifier";

    public static RegistryLookup found(RegistryFacts facts) {
        return new RegistryLookup(Status.FOUND, facts, null);
    }

    public static RegistryLookup notFound() {
        return new RegistryLookup(Status.NOT_FOUND, null, NOT_FOUND_KEY);
    }

    static RegistryLookup unreachable(String reasonKey) {
        return new RegistryLookup(Status.UNREACHABLE, null, reasonKey);
    }

    static RegistryLookup refused(String reasonKey) {
        return new RegistryLookup(Status.REFUSED, null, reasonKey);
    }

    /** The lookup for an answer that is not a success: not found, refused or unreachable. */
    static RegistryLookup failed(RegistryResponse response) {
        return switch (response.outcome()) {
            case REFUSED -> refused(response.reasonKey());
            case UNREACHABLE -> unreachable(response.reasonKey());
            case ANSWERED -> response.status() == 404 || response.status() == 401 || response.status() == 410
                    ? notFound() : unreachable(UNEXPECTED_STATUS);
        };
    }

    public Optional<RegistryFacts> found() {
        return Optional.ofNullable(facts);
    }
}
