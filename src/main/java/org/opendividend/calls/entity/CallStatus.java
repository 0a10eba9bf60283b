package org.opendividend.calls.entity;

/** Where a call is in its life. Published calls are public; open calls accept applications. */
public enum CallStatus {
    DRAFT, PUBLISHED, OPEN, CLOSED, IN_REVIEW, DECIDED, ARCHIVED;

    public String labelKey() {
        return "call.status." + name();
    }

    /** Whether the public may see the call. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
