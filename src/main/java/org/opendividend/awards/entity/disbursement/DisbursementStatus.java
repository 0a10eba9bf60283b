package org.opendividend.awards.entity.disbursement;

import org.opendividend.platform.workflow.Labelled;

/** Where one ministry's share of a tranche stands; {@link DisbursementWorkflow} says what each allows. By name. */
public enum DisbursementStatus implements Labelled {
    /** Requested by the grantee with its report: waits for an officer of the paying ministry. */
    REQUESTED,
    /** The report accepted by the officer: waits for an approver of the paying ministry. */
    CHECKED,
    /** Above the second-approval amount, approved by one approver: waits for a second, different one. */
    APPROVED_ONCE,
    /** Approved: waits for a finance user of the paying ministry to record the payment. */
    APPROVED,
    /** Paid: the payment is recorded with its reference and value date. */
    PAID,
    /** Returned to the grantee with a reason: they may request it again. */
    RETURNED;

    @Override
    public String labelKey() {
        return "disbursement.status." + name();
    }
}
