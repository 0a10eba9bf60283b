package org.opendividend.calls.entity;

/** Documents a call requires with every application. */
public enum AttachmentType {
    PROJECT_PLAN, BUDGET_JUSTIFICATION, TEAM_CVS, LETTERS_OF_SUPPORT, DATA_MANAGEMENT_PLAN, COMMUNITY_CONSENT, ETHICS_APPROVAL;

    public String labelKey() {
        return "call.attachment." + name();
    }
}
