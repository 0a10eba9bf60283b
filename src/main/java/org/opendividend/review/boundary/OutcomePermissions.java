package org.opendividend.review.boundary;

import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.security.Decision;

/**
 * Who reads an application's funding outcome and the reviewers' comments meant for the applicant, as the applicant
 * does: a member of the applying organisation, nobody else (another applicant, an officer or approver of any ministry,
 * a reviewer; staff read the decision on its own page). {@link ApplicantOutcomes} enforces it.
 */
public final class OutcomePermissions {

    static final String NOT_OWN = "denied.outcome.notOwn";
    static final String NOT_WRITER = "denied.response.notWriter";

    private OutcomePermissions() {
    }

    /** A member (any role) of the organisation that applied. */
    public static Decision canReadOwn(Caller caller, OrganisationView applicant) {
        return applicant.roleOf(caller.subject()).isPresent() ? Decision.allow() : Decision.deny(NOT_OWN);
    }

    /** Answers the reviewers' comments in the response window: a member who writes the organisation's applications. */
    public static Decision canAnswer(Caller caller, OrganisationView applicant) {
        Decision reads = canReadOwn(caller, applicant);
        if (!reads.allowed()) {
            return reads;
        }
        return applicant.roleOf(caller.subject()).filter(role -> role.writes()).isPresent() ? Decision.allow()
                : Decision.deny(NOT_WRITER);
    }
}
