package org.opendividend.applications.boundary;

import org.opendividend.calls.boundary.CallView;
import org.junit.jupiter.api.Test;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.applications.entity.Application;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.security.Decision;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who reads an application's files: its members always; screening officers submitted material only, never a competitor. */
class AttachmentPermissionsTest {

    private static final FundingCall CALL = ScreeningTestData.call();
    private static final CallView VIEW = CallView.of(CALL);
    private static final OrganisationView APPLICANT = OrganisationView.of(Organisation.found(new OrganisationDetails("客語研究協會", "Hakka Research",
            OrganisationType.NON_PROFIT, "04595257", "台北市", null), new Actor("sub-applicant", "林雅琪"), Instant.EPOCH));

    @Test
    void anOfficerOfAFundingMinistryReadsASubmittedApplicationsFiles() {
        assertEquals(Decision.allow(), AttachmentPermissions.canRead(CallFixtures.officerOfMoc(), APPLICANT, VIEW,
                ScreeningTestData.submitted(CALL), false));
    }

    @Test
    void anOfficerNeverReadsTheFilesOfADraft() {
        Application draft = Application.start(1001, 7, ScreeningTestData.APPLICANT, Instant.EPOCH);
        assertEquals(Decision.deny("attachment.denied.notSubmitted"),
                AttachmentPermissions.canRead(CallFixtures.officerOfMoc(), APPLICANT, VIEW, draft, false));
    }

    @Test
    void anOfficerNeverReadsTheFilesOfAWithdrawnApplication() {
        Application withdrawn = ScreeningTestData.submitted(CALL);
        withdrawn.withdraw(Instant.parse("2027-01-01T00:00:00Z"));
        assertEquals(Decision.deny("attachment.denied.notSubmitted"),
                AttachmentPermissions.canRead(CallFixtures.officerOfMoc(), APPLICANT, VIEW, withdrawn, false));
    }

    @Test
    void anOfficerWhoseOwnOrganisationAppliesToTheCallReadsNoCompetitorsFiles() {
        assertEquals(Decision.deny("screening.denied.competitor"), AttachmentPermissions.canRead(CallFixtures.officerOfMoc(),
                APPLICANT, VIEW, ScreeningTestData.submitted(CALL), true));
    }

    @Test
    void othersAreRefused() {
        assertEquals(Decision.deny(CallStewardship.NOT_FUNDING_OFFICER), AttachmentPermissions.canRead(CallFixtures.approverOfMoc(),
                APPLICANT, VIEW, ScreeningTestData.submitted(CALL), false));
        assertEquals(Decision.deny(CallStewardship.NOT_FUNDING_OFFICER), AttachmentPermissions.canRead(
                CallFixtures.caller("sub-another-applicant", java.util.EnumSet.of(org.opendividend.platform.identity.Role.APPLICANT)),
                APPLICANT, VIEW, ScreeningTestData.submitted(CALL), false));
        assertEquals(Decision.allow(), AttachmentPermissions.canRead(CallFixtures.applicant(), APPLICANT, VIEW,
                Application.start(1001, 7, ScreeningTestData.APPLICANT, Instant.EPOCH), false), "a member reads even a draft");
    }
}
