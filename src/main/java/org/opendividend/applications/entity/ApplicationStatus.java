package org.opendividend.applications.entity;

/** Where an application is, in the applicant's words (see the bundles) and the workflow's. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, ELIGIBLE, INELIGIBLE, MORE_INFO_REQUESTED, IN_REVIEW, RANKED, DECISION_PROPOSED,
    APPROVED, REJECTED, RESERVE, WITHDRAWN;

    public String labelKey() {
        return "application.status." + name();
    }

    /** The screening's verdict as the applicant reads it in this state (a message key), or empty after or before it. */
    public java.util.Optional<String> screeningVerdictKey() {
        return switch (this) {
            case ELIGIBLE -> java.util.Optional.of("screening.applicant.eligible");
            case INELIGIBLE -> java.util.Optional.of("screening.applicant.ineligible");
            case MORE_INFO_REQUESTED -> java.util.Optional.of("screening.applicant.moreInfo");
            default -> java.util.Optional.empty();
        };
    }
}
