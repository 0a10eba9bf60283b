package org.opendividend.applications.control;

import org.opendividend.platform.i18n.Texts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * How long a call stays open, in plain words, decided on the server's clock: "closes in 3 days 4 hours", "closes in
 * 5 hours 12 minutes", "closes in 7 minutes", "closes in less than a minute", then "closed". The time left is cut
 * down, never rounded up, so the words never promise more time than there is. The call counts as closed from its
 * closing instant on (an application counts only if it arrives strictly before that second), the same rule as
 * {@code FundingCall.acceptsApplicationsAt}.
 *
 * @param key       the message key
 * @param arguments the numbers the message shows, in the order of its placeholders
 */
public record Countdown(String key, List<Long> arguments) {

    public static final String CLOSED = "countdown.closed";
    public static final String DAYS = "countdown.days";
    public static final String HOURS = "countdown.hours";
    public static final String MINUTES = "countdown.minutes";
    public static final String LESS_THAN_A_MINUTE = "countdown.lessThanAMinute";

    public Countdown {
        arguments = List.copyOf(arguments);
    }

    /** The countdown at {@code now} to {@code closesAt}; closed when there is no closing instant. */
    public static Countdown until(Instant closesAt, Instant now) {
        if (closesAt == null || !now.isBefore(closesAt)) {
            return new Countdown(CLOSED, List.of());
        }
        Duration left = Duration.between(now, closesAt);
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        if (days > 0) {
            return new Countdown(DAYS, List.of(days, hours));
        }
        if (hours > 0) {
            return new Countdown(HOURS, List.of(hours, minutes));
        }
        if (minutes > 0) {
            return new Countdown(MINUTES, List.of(minutes));
        }
        return new Countdown(LESS_THAN_A_MINUTE, List.of());
    }

    public boolean isClosed() {
        return CLOSED.equals(key);
    }

    /** The words in a language of the bundles. */
    public String text(Locale locale) {
        return Texts.text(locale, key, arguments.toArray());
    }
}
