package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An organisation a reviewer belongs or belonged to, from one year to another ({@code toYear} null: until now). The
 * conflict-of-interest rules compare these years with the applicant's organisation.
 */
@Embeddable
public record Affiliation(@Column(name = "organisation", nullable = false) String organisation,
                          @Column(name = "from_year", nullable = false) int fromYear,
                          @Column(name = "to_year") Integer toYear) {

    /** Whether the reviewer was there in the given year or later (a current affiliation always is). */
    public boolean reachesYear(int year) {
        return toYear == null || toYear >= year;
    }
}
