package org.opendividend.review.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ORCID iDs ({@code 0000-0002-1825-0097}): sixteen characters in groups of four, the last a check character computed
 * with ISO 7064 MOD 11-2 over the first fifteen digits ({@code X} standing for 10). Accepted as typed or as the
 * {@code https://orcid.org/…} address, kept in the plain form.
 */
public final class Orcid {

    private static final Pattern TYPED = Pattern.compile(
            "(?i)(?:https?://(?:www\\.)?orcid\\.org/)?(\\d{4})-?(\\d{4})-?(\\d{4})-?(\\d{3}[0-9X])");

    private Orcid() {
    }

    /** The iD in its plain form when it is well formed and its check character is right; empty otherwise. */
    public static Optional<String> normalised(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = TYPED.matcher(typed.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String last = matcher.group(4).toUpperCase(Locale.ROOT);
        String digits = matcher.group(1) + matcher.group(2) + matcher.group(3) + last;
        if (checkCharacter(digits.substring(0, 15)) != digits.charAt(15)) {
            return Optional.empty();
        }
        return Optional.of(String.join("-", matcher.group(1), matcher.group(2), matcher.group(3), last));
    }

    public static boolean isValid(String typed) {
        return normalised(typed).isPresent();
    }

    /** ISO 7064 MOD 11-2, as ORCID documents it. */
    static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (char digit : fifteenDigits.toCharArray()) {
            total = (total + (digit - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}
