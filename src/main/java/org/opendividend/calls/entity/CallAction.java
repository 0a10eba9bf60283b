package org.opendividend.calls.entity;

import org.opendividend.platform.events.AuditedAction;

/**
 * What can happen to a call; the transition table says from where, to where and by whom. A step taken is audited as
 * its action.
 */
public enum CallAction implements AuditedAction {
    PUBLISH, OPEN, CLOSE, START_REVIEW, DECIDE, ARCHIVE;

    public String labelKey() {
        return "call.action." + name();
    }
}
