package org.opendividend.review.entity;

import java.util.Locale;

/**
 * Where a conflict of interest between a reviewer and an application comes from. The first three are found in the
 * facts (profiles and the application), the others are someone's word: the applicant's, the reviewer's, an officer's.
 * Stored by name.
 */
public enum ConflictSource {
    ORGANISATION, EMAIL_DOMAIN, COLLABORATOR, EXCLUSION_REQUEST, REVIEWER_DECLARED, OFFICER_ADDED;

    public String labelKey() {
        return "conflict.source." + name().toLowerCase(Locale.ROOT);
    }
}
