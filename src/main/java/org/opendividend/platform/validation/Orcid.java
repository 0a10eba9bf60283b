package org.opendividend.platform.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ORCID iD of a researcher (0000-0002-1825-0097), checked by its ISO 7064 MOD 11-2 check character, as ORCID
 * documents it. Accepted with or without the https://orcid.org/ prefix; kept in the canonical hyphenated form.
 */
public final class Orcid {

    private static final Pattern FORM = Pattern.compile("(?:https?://orcid\\.org/)?(\\d{4})-?(\\d{4})-?(\\d{4})-?(\\d{3}[\\dX])");

    private Orcid() {
    }

    /** The canonical iD when the input is a well-formed iD with a correct check character. */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        var matcher = FORM.matcher(input.strip().toUpperCase().replace("HTTPS://ORCID.ORG/", "").replace("HTTP://ORCID.ORG/", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1) + matcher.group(2) + matcher.group(3) + matcher.group(4);
        if (checkCharacter(digits.substring(0, 15)) != digits.charAt(15)) {
            return Optional.empty();
        }
        return Optional.of(String.join("-", matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
    }

    /** ISO 7064 MOD 11-2 over the first 15 digits. */
    static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (char digit : fifteenDigits.toCharArray()) {
            total = (total + (digit - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}
