package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;

/** An officer's ruling on a conflict of interest, as the audit log records it. */
public enum ConflictChange implements AuditedAction {
    CONFLICT_ADDED, CONFLICT_LIFTED;

    public static ConflictChange of(ConflictRuling.Kind ruling) {
        return switch (ruling) {
            case ADDED -> CONFLICT_ADDED;
            case LIFTED -> CONFLICT_LIFTED;
        };
    }
}
