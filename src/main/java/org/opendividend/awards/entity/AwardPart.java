package org.opendividend.awards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One ministry's part of an award in whole TWD, as the decision (or, for a reserve offer, the call's shares) split it. */
@Embeddable
public record AwardPart(@Column(name = "ministry_code") String ministryCode, @Column(name = "amount") long amount) {
}
