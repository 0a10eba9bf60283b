package org.opendividend.outputs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One Model Openness Framework component the grantee lists for model weights: which, under which licence, where. */
@Embeddable
public record MofEntry(
        @Column(name = "component") String component,
        @Column(name = "licence") String licence,
        @Column(name = "location") String location) {
}
