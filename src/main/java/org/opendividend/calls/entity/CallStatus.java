package org.opendividend.calls.entity;

import org.opendividend.platform.workflow.Labelled;

/**
 * Where a call is in its life. Published calls are public; open calls accept applications: what holds in each
 * status is {@link CallWorkflow}'s to say.
 */
public enum CallStatus implements Labelled {
    DRAFT, PUBLISHED, OPEN, CLOSED, IN_REVIEW, DECIDED, ARCHIVED;

    @Override
    public String labelKey() {
        return "call.status." + name();
    }

    /** Whether the public may see the call. */
    public boolean isPublic() {
        return CallWorkflow.state(this).isPublic();
    }
}
