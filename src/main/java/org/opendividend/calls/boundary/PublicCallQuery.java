package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.TargetLanguages;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what the public asked for in a query string (the list page's filters, the API's parameters, a call's id)
 * without ever failing on what a stranger typed: each reader gives the value only when it is meaningful. The
 * page ignores the rest; the API names it in a 400 answer.
 */
public final class PublicCallQuery {

    /** The "closing soon" choice of the list page, in days. */
    public static final int CLOSING_SOON_DAYS = 14;
    static final int MAX_DAYS = 366;
    private static final Pattern MINISTRY_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private PublicCallQuery() {
    }

    /** A ministry code as ministries are written ({@code moc}); whether it exists is the list's business. */
    public static Optional<String> ministry(String value) {
        return present(value).map(v -> v.toLowerCase(Locale.ROOT)).filter(v -> MINISTRY_CODE.matcher(v).matches());
    }

    /** An ISO 639-3 code from the catalogue of target languages. */
    public static Optional<String> language(String value) {
        return present(value).map(v -> v.toLowerCase(Locale.ROOT)).filter(TargetLanguages::isKnown);
    }

    /** A status the public can see (any but draft), by name in any case. */
    public static Optional<CallStatus> status(String value) {
        return present(value).flatMap(v -> {
            try {
                return Optional.of(CallStatus.valueOf(v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).filter(CallStatus::isPublic);
    }

    /** A whole number of days from 1 to a year. */
    public static Optional<Integer> days(String value) {
        return present(value).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }).filter(d -> d >= 1 && d <= MAX_DAYS);
    }

    /** A call's id: a positive whole number. */
    public static Optional<Long> id(String value) {
        return present(value).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }).filter(id -> id > 0);
    }

    /** The filter of the list page: what cannot be read does not narrow the list. */
    public static PublicCallFilter lenient(String ministry, String language, String status, String closingWithinDays) {
        return new PublicCallFilter(ministry(ministry).orElse(null), language(language).orElse(null),
                status(status).orElse(null), days(closingWithinDays).orElse(null));
    }

    /**
     * The filter of the API: a parameter that is given but cannot be read is refused.
     *
     * @throws InvalidParameter naming the first such parameter
     */
    public static PublicCallFilter strict(String ministry, String language, String status, String closingWithinDays) {
        return new PublicCallFilter(
                strictly("ministry", ministry, ministry(ministry)),
                strictly("language", language, language(language)),
                strictly("status", status, status(status)),
                strictly("closingWithinDays", closingWithinDays, days(closingWithinDays)));
    }

    private static <T> T strictly(String name, String raw, Optional<T> read) {
        if (present(raw).isPresent() && read.isEmpty()) {
            throw new InvalidParameter(name);
        }
        return read.orElse(null);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A query parameter that was given but means nothing here. */
    public static final class InvalidParameter extends IllegalArgumentException {

        private final String parameter;

        InvalidParameter(String parameter) {
            super("invalid query parameter " + parameter);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
