package org.opendividend.organisations.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * An identifier of the Research Organization Registry: {@code 0}, six characters of Crockford's base 32 (no i, l,
 * o, u) and two check digits (ISO 7064 mod 97-10 over the value of the six characters), written bare
 * ({@code 03vek6s52}) or as {@code https://ror.org/03vek6s52}. Stored bare.
 */
public final class RorId {

    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final String PREFIX = "https://ror.org/";

    private RorId() {
    }

    /** The bare id when the input is a valid ROR id in either form, with its check digits right. */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String id = input.strip().toLowerCase(Locale.ROOT);
        if (id.startsWith(PREFIX)) {
            id = id.substring(PREFIX.length());
        }
        if (!id.matches("0[0-9a-hj-km-np-tv-z]{6}[0-9]{2}")) {
            return Optional.empty();
        }
        long value = 0;
        for (int i = 1; i < 7; i++) {
            value = value * 32 + ALPHABET.indexOf(id.charAt(i));
        }
        long check = 98 - (value * 100) % 97;
        return Integer.parseInt(id.substring(7)) == check ? Optional.of(id) : Optional.empty();
    }

    public static String url(String bareId) {
        return PREFIX + bareId;
    }
}
