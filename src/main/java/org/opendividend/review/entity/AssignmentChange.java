package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;

/** What officers do to a call's assignments as a whole or by hand, as the audit log records it. */
public enum AssignmentChange implements AuditedAction {
    /** The solver ran for a call (its instance, objective or diagnosis stored as an {@link AssignmentRun}). */
    ASSIGNMENT_RUN,
    /** An officer assigned a reviewer to an application by hand (a manual move or a replacement). */
    ASSIGNED_BY_HAND,
    /** The reviewers were mailed their assignments with the review deadline. */
    ASSIGNMENTS_MAILED
}
