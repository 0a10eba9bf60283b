package org.opendividend.calls.entity;

/** Who may take a step of the lifecycle, relative to the call. */
public enum CallActor {
    /** An officer of the lead ministry. */
    LEAD_OFFICER,
    /** An approver of the lead ministry who neither wrote nor changed the call (four eyes). */
    LEAD_APPROVER_NOT_EDITOR,
    /** The application itself, at the instants the call names. */
    SYSTEM,
    /**
     * The call's funding decision, at the moment it is taken (the review's four eyes: the lead's approval, then every
     * co-funder's confirmation): the approver whose step took it records it; nobody takes this step by hand.
     */
    FUNDING_DECISION;

    /** Whether a person takes the step by hand (not the schedule, not the funding decision). */
    public boolean isPerson() {
        return this == LEAD_OFFICER || this == LEAD_APPROVER_NOT_EDITOR;
    }
}
