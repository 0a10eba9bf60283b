package org.opendividend.applications.entity;

/** Where an application is, in the applicant's words (see the bundles) and the workflow's. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, ELIGIBLE, INELIGIBLE, MORE_INFO_REQUESTED, IN_REVIEW, RANKED, DECISION_PROPOSED,
    APPROVED, REJECTED, RESERVE, WITHDRAWN;

    public String labelKey() {
        return "application.status." + name();
    }
}
