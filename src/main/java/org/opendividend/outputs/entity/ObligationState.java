package org.opendividend.outputs.entity;

import org.opendividend.platform.workflow.Labelled;

/** Where an output obligation stands; what each state allows is {@link ObligationWorkflow}'s. */
public enum ObligationState implements Labelled {
    /** Nothing registered yet. */
    PLANNED,
    /** The grantee registered the output; its checks have not run yet (they run at once, in the same step). */
    REGISTERED,
    /** The automated checks ran; an officer of the award's ministries decides. */
    CHECKED,
    /** An officer verified it open; the retained tranche counts it. */
    VERIFIED,
    /** An officer found it not compliant and said why; the grantee fixes it and registers it again. */
    NON_COMPLIANT;

    @Override
    public String labelKey() {
        return "outputs.state." + name();
    }
}
