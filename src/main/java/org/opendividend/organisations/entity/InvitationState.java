package org.opendividend.organisations.entity;

/** Where an invitation stands at an instant: only a pending one can be accepted, and only once. */
public enum InvitationState {
    PENDING, ACCEPTED, REVOKED, EXPIRED;

    public String labelKey() {
        return "org.invitation.state." + name();
    }
}
