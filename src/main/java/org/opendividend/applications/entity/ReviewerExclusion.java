package org.opendividend.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A reviewer the applicant asks to exclude from reviewing the application: their name, an e-mail address or
 * organisation that tells them apart, and the applicant's reason (officers read it, the reviewer never does).
 */
@Embeddable
public record ReviewerExclusion(
        @Column(name = "full_name") String fullName,
        @Column(name = "email_or_organisation") String emailOrOrganisation,
        @Column(name = "reason") String reason) {

    /** At most this many per application. */
    public static final int MAX = 3;
}
