package org.opendividend.applications.entity;

import org.opendividend.platform.workflow.Labelled;

import java.util.Optional;

/**
 * Where an application is, in the applicant's words (see the bundles); what may happen and what holds in each
 * status is {@link ApplicationWorkflow}'s to say.
 */
public enum ApplicationStatus implements Labelled {
    DRAFT, SUBMITTED, ELIGIBLE, INELIGIBLE, MORE_INFO_REQUESTED, IN_REVIEW, RANKED, DECISION_PROPOSED,
    APPROVED, REJECTED, RESERVE, WITHDRAWN;

    @Override
    public String labelKey() {
        return "application.status." + name();
    }

    /** The screening's verdict as the applicant reads it in this state (a message key), or empty after or before it. */
    public Optional<String> screeningVerdictKey() {
        return ApplicationWorkflow.state(this).screeningVerdict().map(ApplicationWorkflow.ScreeningVerdict::key);
    }
}
