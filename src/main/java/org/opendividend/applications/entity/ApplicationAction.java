package org.opendividend.applications.entity;

/** What can happen to an application before review; the transition table says from where and by whom. */
public enum ApplicationAction {
    SUBMIT, RESUBMIT, SCREEN_ELIGIBLE, SCREEN_INELIGIBLE, REQUEST_MORE_INFO, WITHDRAW;

    public String labelKey() {
        return "application.action." + name();
    }
}
