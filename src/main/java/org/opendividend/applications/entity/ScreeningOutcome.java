package org.opendividend.applications.entity;

/** What an officer decides when screening a submitted application, as the workflow's action it takes. */
public enum ScreeningOutcome {
    ELIGIBLE(ApplicationAction.SCREEN_ELIGIBLE),
    INELIGIBLE(ApplicationAction.SCREEN_INELIGIBLE),
    MORE_INFO(ApplicationAction.REQUEST_MORE_INFO);

    private final ApplicationAction action;

    ScreeningOutcome(ApplicationAction action) {
        this.action = action;
    }

    public ApplicationAction action() {
        return action;
    }

    public String labelKey() {
        return "screening.outcome." + name();
    }
}
