package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;

/** What an applicant does in a call's response window. Audited by name. */
public enum ResponseAction implements AuditedAction {
    /** The applicant wrote (or changed) their answer to the reviewers' comments. */
    APPLICANT_RESPONDED
}
