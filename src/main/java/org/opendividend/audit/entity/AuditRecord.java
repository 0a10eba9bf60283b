package org.opendividend.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What an audit entry says: when, who, which object, what happened. Instants are kept to the microsecond, the
 * precision of the database column, so that a hash computed before storing equals the one recomputed after.
 */
public record AuditRecord(Instant occurredAt, String actorSubject, String actorName, String objectType,
                          String objectId, String action, String summary) {

    static final int SUMMARY_MAX = 2000;

    public AuditRecord {
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(action, "action");
        summary = summary == null ? "" : summary;
        if (summary.length() > SUMMARY_MAX) {
            summary = summary.substring(0, SUMMARY_MAX - 1) + "…";
        }
    }
}
