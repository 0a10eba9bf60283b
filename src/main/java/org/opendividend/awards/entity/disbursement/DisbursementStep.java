package org.opendividend.awards.entity.disbursement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** One step taken on a disbursement: who (the identity provider's subject), what, when and why (a return's reason). */
@Embeddable
public record DisbursementStep(
        @Column(name = "actor_subject") String actorSubject,
        @Enumerated(EnumType.STRING) @Column(name = "action") DisbursementAction action,
        @Column(name = "taken_at") Instant takenAt,
        @Column(name = "reason") String reason) {
}
