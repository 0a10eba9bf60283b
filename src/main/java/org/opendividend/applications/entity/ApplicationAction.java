package org.opendividend.applications.entity;

import org.opendividend.platform.workflow.Labelled;

/** What can happen to an application before review; the transition table says from where and by whom. */
public enum ApplicationAction implements Labelled {
    SUBMIT, RESUBMIT, SCREEN_ELIGIBLE, SCREEN_INELIGIBLE, REQUEST_MORE_INFO, WITHDRAW;

    @Override
    public String labelKey() {
        return "application.action." + name();
    }
}
