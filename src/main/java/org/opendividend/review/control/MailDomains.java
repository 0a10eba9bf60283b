package org.opendividend.review.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * E-mail domains as the conflict rules compare them. Addresses and domains are compared without regard to case
 * (no mail provider here tells {@code Ann@NTU.edu.tw} from {@code ann@ntu.edu.tw}). A domain and its subdomains are one
 * institution: {@code cs.ntu.edu.tw} is within {@code ntu.edu.tw}, so a reviewer at the one and an applicant at the other
 * share a domain; {@code ntu.edu.tw} and {@code nthu.edu.tw} do not (they share only the public suffix
 * {@code edu.tw}, which is never compared on its own: a domain must have at least two labels). Public mail domains
 * say nothing about an institution and are ignored, their subdomains too ({@code ms1.hinet.net}).
 */
public final class MailDomains {

    /** Free or consumer mail providers, in Taiwan and abroad: the one list of them. */
    static final Set<String> PUBLIC = Set.of(
            "gmail.com", "googlemail.com",
            "yahoo.com", "yahoo.com.tw", "ymail.com",
            "hotmail.com", "hotmail.com.tw", "outlook.com", "live.com", "msn.com",
            "icloud.com", "me.com", "mac.com",
            "proton.me", "protonmail.com", "pm.me",
            "aol.com", "gmx.com", "gmx.net", "mail.com", "yandex.com", "zoho.com", "fastmail.com", "tutanota.com",
            "qq.com", "163.com", "126.com",
            "hinet.net", "pchome.com.tw", "seed.net.tw", "kimo.com");

    private MailDomains() {
    }

    /** The domain of an address, in lower case; empty for what is not an address. */
    public static Optional<String> of(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.strip().lastIndexOf('@');
        return at < 1 ? Optional.empty() : normalised(email.strip().substring(at + 1));
    }

    /** A domain as written (with or without a leading {@code @} or dot), in lower case; empty when it has one label. */
    public static Optional<String> normalised(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        while (d.startsWith("@") || d.startsWith(".")) {
            d = d.substring(1);
        }
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.contains(".") && !d.contains("@") && !d.contains(" ") ? Optional.of(d) : Optional.empty();
    }

    /** Whether a (normalised) domain is a public mail provider's or one of its subdomains. */
    public static boolean isPublic(String domain) {
        return PUBLIC.stream().anyMatch(p -> within(domain, p));
    }

    /** Whether two (normalised) domains belong to one institution: equal, or one a subdomain of the other. */
    public static boolean sameInstitution(String a, String b) {
        return within(a, b) || within(b, a);
    }

    /** Whether two addresses are the same, case aside. */
    public static boolean sameAddress(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }

    private static boolean within(String domain, String parent) {
        return domain.equals(parent) || domain.endsWith("." + parent);
    }
}
