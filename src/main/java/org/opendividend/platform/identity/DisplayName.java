package org.opendividend.platform.identity;

/**
 * The name to show for a person. Chinese names are written family name first without a space (張家豪); others
 * given name first (Ada Lovelace). The identity provider's own {@code name} claim always puts the given name
 * first, so it is composed here from the parts.
 */
public final class DisplayName {

    private DisplayName() {
    }

    public static String compose(String givenName, String familyName, String fallback) {
        String given = blankToNull(givenName);
        String family = blankToNull(familyName);
        if (given == null && family == null) {
            return fallback;
        }
        if (given == null || family == null) {
            return given == null ? family : given;
        }
        return isHan(given) || isHan(family) ? family + given : given + " " + family;
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
