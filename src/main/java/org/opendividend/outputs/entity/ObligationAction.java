package org.opendividend.outputs.entity;

import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.workflow.Labelled;

/** A step of an output obligation, a row of {@link ObligationWorkflow}; stored by name and audited as its action. */
public enum ObligationAction implements AuditedAction, Labelled {
    /** The grantee registers the output, or registers it again (a new version, a fix). */
    REGISTER_OUTPUT,
    /** The automated checks ran (at the registration or on the schedule) and found nothing new to flag. */
    CHECK_OUTPUT,
    /** A re-check of a verified output found a change (licence, gated, private, deleted): back to the officer. */
    FLAG_OUTPUT,
    /** An officer of the award's ministries verifies the output open. */
    VERIFY_OUTPUT,
    /** An officer of the award's ministries marks the output not compliant, with the reason the grantee reads. */
    MARK_NON_COMPLIANT;

    @Override
    public String labelKey() {
        return "outputs.action." + name();
    }
}
