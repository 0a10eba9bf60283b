package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;

/** What the review deadline's reminders do, as the audit log records it. */
public enum ReminderChange implements AuditedAction {
    /** A reviewer was mailed a reminder of reviews due soon (stored per assignment as a {@link ReviewReminder}). */
    REVIEW_REMINDER_SENT
}
