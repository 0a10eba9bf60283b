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
    static final int ACTOR_NAME_MAX = 255;

    public AuditRecord {
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        actorName = fit(Objects.requireNonNull(actorName, "actorName"), ACTOR_NAME_MAX);
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(action, "action");
        summary = fit(summary == null ? "" : summary, SUMMARY_MAX);
    }

    /** Shortens text to its column, never between the two halves of a character outside the basic plane. */
    private static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
