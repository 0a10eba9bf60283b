package org.opendividend.review.control;

import org.opendividend.platform.validation.Orcid;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * How the conflict rules recognise the same person or organisation written by two people: names compared without
 * regard to case, spaces and full-width forms ({@code 王 小明} is {@code 王小明}, {@code ＮＴＵ} is {@code ntu}), ORCID iDs
 * without their https://orcid.org/ prefix, hyphens and case.
 */
final class PersonMatch {

    private PersonMatch() {
    }

    static boolean sameName(String a, String b) {
        String x = name(a);
        return !x.isEmpty() && x.equals(name(b));
    }

    /** The same iD however typed (with or without the orcid.org address and hyphens); a malformed one matches none. */
    static boolean sameOrcid(String a, String b) {
        Optional<String> x = Orcid.parse(a);
        return x.isPresent() && x.equals(Orcid.parse(b));
    }

    static String name(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Z}]+", "");
    }
}
