package org.opendividend.calls.entity;

/** What can happen to a call; the transition table says from where, to where and by whom. */
public enum CallAction {
    PUBLISH, OPEN, CLOSE, START_REVIEW, DECIDE, ARCHIVE;

    public String labelKey() {
        return "call.action." + name();
    }
}
