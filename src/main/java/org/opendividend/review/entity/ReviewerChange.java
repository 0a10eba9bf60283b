package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;

/** What happened to a reviewer's place in a pool or to their profile, as the audit log records it. */
public enum ReviewerChange implements AuditedAction {
    REVIEWER_INVITED, INVITATION_DECLINED, REVIEWER_PROFILE_CHANGED
}
