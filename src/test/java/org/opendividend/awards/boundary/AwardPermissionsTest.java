package org.opendividend.awards.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.Award;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Offers by ministry and by organisation: the lead's officer offers, the call's officers read, the organisation's
 * members read their own offer and only its owner answers, before the deadline; a competitor takes no part.
 */
class AwardPermissionsTest {

    /** Led by moc, co-funded by moda; nstc has no share of it. */
    private final CallView call = CallView.of(CallFixtures.draft());

    private static final Caller OWNER = CallFixtures.caller("sub-owner", EnumSet.of(Role.APPLICANT));
    private static final Caller EDITOR = CallFixtures.caller("sub-editor", EnumSet.of(Role.APPLICANT));
    private static final Caller STRANGER = CallFixtures.caller("sub-stranger", EnumSet.of(Role.APPLICANT));

    private final OrganisationView organisation = new OrganisationView(7L, "客語協會", "Hakka Association",
            OrganisationType.NON_PROFIT, "04595257", "台北市", null,
            Map.of("sub-owner", MemberRole.OWNER, "sub-editor", MemberRole.EDITOR));

    @Test
    void theLeadsOfficerOffersAndNobodyElse() {
        assertEquals(Decision.allow(), AwardPermissions.canOffer(CallFixtures.officerOfMoc(), call, false));
        for (Caller other : new Caller[]{CallFixtures.officerOfModa(), CallFixtures.approverOfMoc(),
                CallFixtures.officerOfNstc(), OWNER}) {
            assertEquals(Decision.deny("denied.award.notLeadOfficer"), AwardPermissions.canOffer(other, call, false),
                    other.subject());
        }
        assertEquals(Decision.deny("denied.award.competitor"),
                AwardPermissions.canOffer(CallFixtures.officerOfMoc(), call, true));
    }

    @Test
    void aMeasureIsDecidedByAnApproverOfTheLeadWhoDidNotProposeIt() {
        assertEquals(Decision.allow(), AwardPermissions.canDecideMeasure(CallFixtures.approverOfMoc(), call, false,
                false));
        assertEquals(Decision.deny("denied.award.ownProposal"),
                AwardPermissions.canDecideMeasure(CallFixtures.approverOfMoc(), call, true, false), "four eyes");
        Caller officerAndApprover = CallFixtures.caller("sub-both", EnumSet.of(Role.OFFICER, Role.APPROVER), "moc");
        assertEquals(Decision.deny("denied.award.ownProposal"),
                AwardPermissions.canDecideMeasure(officerAndApprover, call, true, false),
                "whatever other roles the proposer holds");
        for (Caller other : new Caller[]{CallFixtures.approverOfModa(), CallFixtures.approverOfNstc(),
                CallFixtures.officerOfMoc(), OWNER}) {
            assertEquals(Decision.deny("denied.award.notLeadApprover"),
                    AwardPermissions.canDecideMeasure(other, call, false, false), other.subject());
        }
        assertEquals(Decision.deny("denied.award.competitor"),
                AwardPermissions.canDecideMeasure(CallFixtures.approverOfMoc(), call, false, true));
    }

    @Test
    void theCallsOfficersReadItsOffersOthersDoNot() {
        for (Caller staff : new Caller[]{CallFixtures.officerOfMoc(), CallFixtures.officerOfModa()}) {
            assertEquals(Decision.allow(), AwardPermissions.canReadOffersOf(staff, call, false), staff.subject());
        }
        for (Caller other : new Caller[]{CallFixtures.officerOfNstc(), OWNER, CallFixtures.approverOfNstc()}) {
            assertEquals(Decision.deny("denied.award.notOfCall"), AwardPermissions.canReadOffersOf(other, call, false),
                    other.subject());
        }
    }

    @Test
    void anOfferIsReadByItsOrganisationsMembersAndTheCallsOfficersOnly() {
        assertEquals(Decision.allow(), AwardPermissions.canRead(OWNER, organisation, call, false));
        assertEquals(Decision.allow(), AwardPermissions.canRead(EDITOR, organisation, call, false));
        assertEquals(Decision.allow(), AwardPermissions.canRead(CallFixtures.officerOfModa(), organisation, call, false));
        assertEquals(Decision.deny("denied.award.notYours"),
                AwardPermissions.canRead(STRANGER, organisation, call, false), "another organisation's applicant");
        assertEquals(Decision.deny("denied.award.notYours"),
                AwardPermissions.canRead(CallFixtures.officerOfNstc(), organisation, call, false));
        assertEquals(Decision.deny("denied.award.competitor"),
                AwardPermissions.canRead(CallFixtures.officerOfMoc(), organisation, call, true));
    }

    @Test
    void onlyTheOwnerAnswersAndOnlyBeforeTheDeadline() throws Exception {
        Award award = offered();
        Instant before = award.offerDeadline().minusSeconds(1);
        assertEquals(Decision.allow(), AwardPermissions.canAnswer(OWNER, award, organisation, before));
        assertEquals(Decision.deny("denied.award.deadlinePassed"),
                AwardPermissions.canAnswer(OWNER, award, organisation, award.offerDeadline()));
        assertEquals(Decision.deny("denied.award.notOwner"),
                AwardPermissions.canAnswer(EDITOR, award, organisation, before));
        assertEquals(Decision.deny("denied.award.notYours"),
                AwardPermissions.canAnswer(STRANGER, award, organisation, before));
        assertEquals(Decision.deny("denied.award.notYours"),
                AwardPermissions.canAnswer(CallFixtures.officerOfMoc(), award, organisation, before));
        Caller ownerWithoutTheRole = CallFixtures.caller("sub-owner", EnumSet.of(Role.OFFICER), "moc");
        assertEquals(Decision.deny("denied.award.notOwner"),
                AwardPermissions.canAnswer(ownerWithoutTheRole, award, organisation, before), "answers as an applicant");
    }

    private static Award offered() throws Exception {
        Method offered = Class.forName("org.opendividend.awards.entity.AwardWorkflowTest").getDeclaredMethod("offered");
        offered.setAccessible(true);
        return (Award) offered.invoke(null);
    }
}
