package org.opendividend.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person on the project team; exactly one is the principal investigator. */
@Embeddable
public record TeamMember(
        @Column(name = "full_name") String fullName,
        @Column(name = "orcid") String orcid,
        @Column(name = "affiliation") String affiliation,
        @Column(name = "principal") boolean principal) {
}
