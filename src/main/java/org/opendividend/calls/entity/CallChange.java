package org.opendividend.calls.entity;

import org.opendividend.platform.events.AuditedAction;

/**
 * The changes of a call other than the steps of its workflow (those are recorded as their {@link CallAction}):
 * editing the draft, the co-funders' shares and their answers, corrections after publication, the applicant response window.
 */
public enum CallChange implements AuditedAction {
    CREATED, REVISED, SHARE_CHANGED, SHARE_ACCEPTED, SHARE_DECLINED, SHARE_CONSENT_VOIDED, TEXTS_CORRECTED,
    DEADLINE_EXTENDED, RESPONSE_WINDOW_OPENED
}
