package org.opendividend.review.control;

import java.io.Serializable;

/** One organisation of a reviewer's profile as typed: the years stay text until checked, so nothing typed is lost. */
public record AffiliationRow(String organisation, String fromYear, String toYear) implements Serializable {

    public boolean isBlank() {
        return blank(organisation) && blank(fromYear) && blank(toYear);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
