package org.opendividend.review.entity;

import java.util.Locale;

/** The kinds of conflict a reviewer may declare on an application. Stored by name. */
public enum DeclaredConflictKind {
    FINANCIAL, PERSONAL, ADVISORY, OTHER;

    public String labelKey() {
        return "conflict.kind." + name().toLowerCase(Locale.ROOT);
    }
}
