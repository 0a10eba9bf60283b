package org.opendividend.organisations.entity;


/**
 * What people say about their organisation: names in both languages, type, unified business number (統一編號),
 * address and ROR id. Checked by {@code OrganisationInputCheck} before an organisation takes it.
 */
public record OrganisationDetails(String nameZhTw, String nameEn, OrganisationType type, String businessNumber,
                                  String address, String rorId) {

    /** Whether organisations of the type are registered with a unified business number, so must give one. */
    public static boolean requiresBusinessNumber(OrganisationType type) {
        return type == OrganisationType.COMPANY || type == OrganisationType.NON_PROFIT
                || type == OrganisationType.UNIVERSITY || type == OrganisationType.RESEARCH_INSTITUTE;
    }

    /** The same details with surrounding blanks gone, empty optional fields as {@code null} and the ROR id bare. */
    public OrganisationDetails normalised() {
        String ror = blankToNull(rorId);
        return new OrganisationDetails(strip(nameZhTw), strip(nameEn), type, blankToNull(businessNumber), strip(address),
                ror == null ? null : RorId.parse(ror).orElse(ror));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
