package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

/**
 * Who may see and screen the submissions to a call: officers of the ministries that fund it (lead or co-funder,
 * {@link CallStewardship}), as their token says; the fund-admin may look but not screen. Nobody screens an application
 * of an organisation they belong to, and nobody sees the applications to a call their own organisation applies to. Pages render with these decisions and {@link ScreeningFacade} enforces them.
 */
public final class ScreeningPermissions {

    private ScreeningPermissions() {
    }

    /** The screening area at all: officers and the fund-admin. */
    public static Decision canUseScreening(Caller caller) {
        return caller.has(Role.OFFICER) || caller.has(Role.FUND_ADMIN) ? Decision.allow()
                : Decision.deny("screening.denied.notOfficer");
    }

    /**
     * The submissions to a call and their content; never to a person whose own organisation applies to the same call
     * (a competitor, whatever their roles).
     */
    public static Decision canSeeSubmissions(Caller caller, CallView call, boolean callerCompetes) {
        Decision officer = CallStewardship.ofOfficer(caller, call);
        if (!officer.allowed() && !caller.has(Role.FUND_ADMIN)) {
            return officer;
        }
        return CompetitorRule.unlessCompeting(Decision.allow(), callerCompetes);
    }

    /** Screening itself: an officer of a funding ministry. */
    public static Decision canScreen(Caller caller, CallView call) {
        return CallStewardship.ofOfficer(caller, call);
    }

    /**
     * Screening one application: as above, not the officer's own organisation's, and not in a call the officer's own
     * organisation applies to (a competitor).
     */
    public static Decision canScreen(Caller caller, CallView call, OrganisationView applicant, boolean callerCompetes) {
        Decision officer = canScreen(caller, call);
        if (!officer.allowed()) {
            return officer;
        }
        if (applicant.roleOf(caller.subject()).isPresent()) {
            return Decision.deny("screening.denied.ownOrganisation");
        }
        return CompetitorRule.unlessCompeting(officer, callerCompetes);
    }
}
