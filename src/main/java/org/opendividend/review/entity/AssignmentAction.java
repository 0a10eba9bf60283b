package org.opendividend.review.entity;

import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.workflow.Labelled;

/** What can happen to an assignment; {@link AssignmentWorkflow} says from where, to where and by whom. Audited as its action. */
public enum AssignmentAction implements AuditedAction, Labelled {
    DECLARE_NO_CONFLICT, DECLARE_CONFLICT, DECLINE, SUBMIT_REVIEW, WITHDRAW, REASSIGN;

    @Override
    public String labelKey() {
        return "assignment.action." + name();
    }
}
