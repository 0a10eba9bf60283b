package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallView;
import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may screen: officers of the lead and of co-funding ministries, never others, never for their own organisation. */
class ScreeningPermissionsTest {

    private static final CallView CALL = CallView.of(CallFixtures.callIn(CallStatus.CLOSED));
    private static final OrganisationView APPLICANT = OrganisationView.of(Organisation.found(new OrganisationDetails("客語研究協會", "Hakka Research",
            OrganisationType.NON_PROFIT, "04595257", "台北市", null), new Actor("sub-applicant", "林雅琪"), Instant.EPOCH));

    @Test
    void officersOfTheLeadAndOfACoFunderMayScreen() {
        assertEquals(Decision.allow(), ScreeningPermissions.canScreen(CallFixtures.officerOfMoc(), CALL, APPLICANT, false));
        assertEquals(Decision.allow(), ScreeningPermissions.canScreen(CallFixtures.officerOfModa(), CALL, APPLICANT, false));
    }

    @Test
    void othersAreRefusedWithTheReason() {
        assertEquals(Decision.deny(CallStewardship.NOT_FUNDING_OFFICER), ScreeningPermissions.canScreen(CallFixtures.officerOfNstc(), CALL));
        assertEquals(Decision.deny(CallStewardship.NOT_FUNDING_OFFICER), ScreeningPermissions.canScreen(CallFixtures.approverOfMoc(), CALL));
        assertEquals(Decision.deny(CallStewardship.NOT_FUNDING_OFFICER), ScreeningPermissions.canScreen(CallFixtures.applicant(), CALL));
        assertEquals(Decision.deny(CallStewardship.NOT_FUNDING_OFFICER), ScreeningPermissions.canScreen(CallFixtures.fundAdmin(), CALL));
        assertEquals(Decision.deny("screening.denied.notOfficer"), ScreeningPermissions.canUseScreening(CallFixtures.applicant()));
    }

    @Test
    void theFundAdminMaySeeButNotScreen() {
        assertEquals(Decision.allow(), ScreeningPermissions.canSeeSubmissions(CallFixtures.fundAdmin(), CALL, false));
        assertEquals(Decision.deny(CallStewardship.NOT_FUNDING_OFFICER),
                ScreeningPermissions.canSeeSubmissions(CallFixtures.officerOfNstc(), CALL, false));
    }

    @Test
    void nobodySeesTheApplicationsToACallTheirOwnOrganisationAppliesTo() {
        assertEquals(Decision.allow(), ScreeningPermissions.canSeeSubmissions(CallFixtures.officerOfMoc(), CALL, false));
        assertEquals(Decision.deny("screening.denied.competitor"),
                ScreeningPermissions.canSeeSubmissions(CallFixtures.officerOfMoc(), CALL, true));
        assertEquals(Decision.deny("screening.denied.competitor"),
                ScreeningPermissions.canSeeSubmissions(CallFixtures.fundAdmin(), CALL, true), "whatever their roles");
    }

    @Test
    void anOfficerNeverScreensTheirOwnOrganisation() {
        Caller officerAndMember = CallFixtures.caller("sub-applicant", EnumSet.of(Role.OFFICER, Role.APPLICANT), CallFixtures.LEAD);
        assertEquals(Decision.deny("screening.denied.ownOrganisation"),
                ScreeningPermissions.canScreen(officerAndMember, CALL, APPLICANT, false));
    }

    @Test
    void anOfficerWhoseOwnOrganisationAppliesToTheCallScreensNoRival() {
        assertEquals(Decision.deny("screening.denied.competitor"),
                ScreeningPermissions.canScreen(CallFixtures.officerOfMoc(), CALL, APPLICANT, true));
    }
}
