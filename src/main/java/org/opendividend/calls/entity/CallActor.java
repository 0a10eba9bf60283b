package org.opendividend.calls.entity;

/** Who may take a step of the lifecycle, relative to the call. */
public enum CallActor {
    /** An officer of the lead ministry. */
    LEAD_OFFICER,
    /** An approver of the lead ministry who neither wrote nor changed the call (four eyes). */
    LEAD_APPROVER_NOT_EDITOR,
    /** The application itself, at the instants the call names. */
    SYSTEM
}
