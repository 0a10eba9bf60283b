package org.opendividend.calls.entity;

import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.workflow.Labelled;

/**
 * What can happen to a call; the transition table says from where, to where and by whom. A step taken is audited as
 * its action.
 */
public enum CallAction implements AuditedAction, Labelled {
    PUBLISH, OPEN, CLOSE, START_REVIEW, DECIDE, ARCHIVE;

    @Override
    public String labelKey() {
        return "call.action." + name();
    }
}
