package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;

/** What telling applicants of a taken funding decision records, per application. Audited by name. */
public enum AnnouncementAction implements AuditedAction {
    /** The application's organisation was told its outcome (funded with the amount, reserve list, not funded). */
    OUTCOME_ANNOUNCED
}
