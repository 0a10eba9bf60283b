package org.opendividend.organisations.entity;

/** What a member may do for their organisation: owners manage it and its members, editors write applications, viewers read. */
public enum MemberRole {
    OWNER, EDITOR, VIEWER;

    /** Whether members with this role may write applications for the organisation. */
    public boolean writes() {
        return this == OWNER || this == EDITOR;
    }

    public String labelKey() {
        return "org.role." + name();
    }
}
