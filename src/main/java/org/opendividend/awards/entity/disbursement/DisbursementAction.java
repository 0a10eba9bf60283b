package org.opendividend.awards.entity.disbursement;

import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.workflow.Labelled;

/** A step of a disbursement, a row of {@link DisbursementWorkflow}. Stored by name in its steps and the audit log. */
public enum DisbursementAction implements AuditedAction, Labelled {
    /** The grantee requests a due tranche's share, with the report it needs (also again after a return). */
    REQUEST_TRANCHE,
    /** An officer of the paying ministry accepts the report. */
    CHECK_TRANCHE,
    /** The first of two approvers, when the share is above the second-approval amount. */
    APPROVE_TRANCHE_FIRST,
    /** An approver of the paying ministry approves (the second one, when two are needed). */
    APPROVE_TRANCHE,
    /** A finance user of the paying ministry records the payment. */
    RECORD_PAYMENT,
    /** The officer or an approver returns the request to the grantee, saying why. */
    RETURN_TRANCHE;

    @Override
    public String labelKey() {
        return "disbursement.action." + name();
    }
}
