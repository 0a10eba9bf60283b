package org.opendividend.awards.boundary.disbursement;

import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.calls.CallFixtures;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Role and ministry of the share, the grantee's organisation, and nobody twice in one chain. */
class DisbursementPermissionsTest {

    private static final Instant NOW = Instant.parse("2027-07-02T02:00:00Z");
    private static final Caller OWNER = CallFixtures.caller("sub-owner", EnumSet.of(Role.APPLICANT));
    private static final Caller EDITOR = CallFixtures.caller("sub-editor", EnumSet.of(Role.APPLICANT));
    private static final Caller VIEWER = CallFixtures.caller("sub-viewer", EnumSet.of(Role.APPLICANT));
    private static final Caller STRANGER = CallFixtures.caller("sub-stranger", EnumSet.of(Role.APPLICANT));
    private static final Caller OFFICER_MOC = CallFixtures.caller("o-moc", EnumSet.of(Role.OFFICER), "moc");
    private static final Caller OFFICER_MODA = CallFixtures.caller("o-moda", EnumSet.of(Role.OFFICER), "moda");
    private static final Caller APPROVER_MOC = CallFixtures.caller("a-moc", EnumSet.of(Role.APPROVER), "moc");
    private static final Caller FINANCE_MOC = CallFixtures.caller("f-moc", EnumSet.of(Role.FINANCE), "moc");
    private static final Caller FINANCE_NSTC = CallFixtures.caller("f-nstc", EnumSet.of(Role.FINANCE), "nstc");
    /** An officer of moc who is also an approver and finance user of moc: still one person, one step. */
    private static final Caller ALL_ROLES_MOC = CallFixtures.caller("all-moc",
            EnumSet.of(Role.OFFICER, Role.APPROVER, Role.FINANCE), "moc");

    private final OrganisationView organisation = new OrganisationView(7L, "客語協會", "Hakka Association",
            OrganisationType.NON_PROFIT, "04595257", "台北市", null,
            Map.of("sub-owner", MemberRole.OWNER, "sub-editor", MemberRole.EDITOR, "sub-viewer", MemberRole.VIEWER,
                    "o-moc-member", MemberRole.VIEWER));

    @Test
    void ownersAndEditorsRequestAsApplicantsAndNobodyElse() {
        assertEquals(Decision.allow(), DisbursementPermissions.canRequest(OWNER, organisation));
        assertEquals(Decision.allow(), DisbursementPermissions.canRequest(EDITOR, organisation));
        for (Caller refused : List.of(VIEWER, STRANGER, OFFICER_MOC)) {
            assertEquals(DisbursementPermissions.NOT_GRANTEE,
                    DisbursementPermissions.canRequest(refused, organisation).reasonKey(), refused.subject());
        }
    }

    @Test
    void membersAndThePayingMinistriesStaffRead() {
        assertEquals(Decision.allow(), DisbursementPermissions.canRead(VIEWER, organisation, List.of("moc")));
        assertEquals(Decision.allow(), DisbursementPermissions.canRead(FINANCE_MOC, organisation, List.of("moc")));
        assertEquals(DisbursementPermissions.NOT_YOURS,
                DisbursementPermissions.canRead(FINANCE_NSTC, organisation, List.of("moc", "moda")).reasonKey());
        assertEquals(DisbursementPermissions.NOT_YOURS,
                DisbursementPermissions.canRead(STRANGER, organisation, List.of("moc")).reasonKey());
    }

    @Test
    void theReportPdfIsForTheMembersAndTheSharesMinistrysOfficersApproversAndFinanceUsers() {
        Disbursement share = requested();
        for (Caller allowed : List.of(OWNER, EDITOR, VIEWER, OFFICER_MOC, APPROVER_MOC, FINANCE_MOC, ALL_ROLES_MOC)) {
            assertEquals(Decision.allow(), DisbursementPermissions.canReadReport(allowed, organisation, share),
                    allowed.subject());
        }
        Caller reviewer = CallFixtures.caller("rev", EnumSet.of(Role.REVIEWER), "moc");
        Caller admin = CallFixtures.caller("adm", EnumSet.of(Role.FUND_ADMIN), "moc");
        for (Caller refused : List.of(STRANGER, OFFICER_MODA, FINANCE_NSTC, reviewer, admin)) {
            assertEquals(DisbursementPermissions.NOT_YOURS,
                    DisbursementPermissions.canReadReport(refused, organisation, share).reasonKey(), refused.subject());
        }
    }

    @Test
    void eachStaffStepNeedsItsRoleForTheSharesMinistry() {
        Disbursement share = requested();
        assertEquals(Decision.allow(), DisbursementPermissions.canStep(OFFICER_MOC, Who.OFFICER, share, organisation));
        assertEquals(DisbursementPermissions.NOT_OFFICER,
                DisbursementPermissions.canStep(OFFICER_MODA, Who.OFFICER, share, organisation).reasonKey());
        assertEquals(DisbursementPermissions.NOT_OFFICER,
                DisbursementPermissions.canStep(APPROVER_MOC, Who.OFFICER, share, organisation).reasonKey());
        assertEquals(DisbursementPermissions.NOT_APPROVER,
                DisbursementPermissions.canStep(OFFICER_MOC, Who.APPROVER, share, organisation).reasonKey());
        assertEquals(DisbursementPermissions.NOT_FINANCE,
                DisbursementPermissions.canStep(FINANCE_NSTC, Who.FINANCE, share, organisation).reasonKey());
        assertEquals(Decision.allow(), DisbursementPermissions.canStep(FINANCE_MOC, Who.FINANCE, share, organisation));
    }

    @Test
    void aPersonWithEveryRoleStillTakesOneStepOfAChain() {
        Disbursement share = requested();
        assertEquals(Decision.allow(), DisbursementPermissions.canStep(ALL_ROLES_MOC, Who.OFFICER, share, organisation));
        share.check(ALL_ROLES_MOC.subject(), NOW);
        assertEquals("denied.disbursement.alreadyActed",
                DisbursementPermissions.canStep(ALL_ROLES_MOC, Who.APPROVER, share, organisation).reasonKey());
        share.approve(APPROVER_MOC.subject(), 1_000_000, NOW);
        assertEquals("denied.disbursement.alreadyActed",
                DisbursementPermissions.canStep(ALL_ROLES_MOC, Who.FINANCE, share, organisation).reasonKey());
        assertEquals(Decision.allow(), DisbursementPermissions.canStep(FINANCE_MOC, Who.FINANCE, share, organisation));
    }

    @Test
    void aMemberOfTheGranteesOrganisationTakesNoStaffStep() {
        Caller officerMember = CallFixtures.caller("o-moc-member", EnumSet.of(Role.OFFICER), "moc");
        assertEquals(DisbursementPermissions.OWN_ORGANISATION,
                DisbursementPermissions.canStep(officerMember, Who.OFFICER, requested(), organisation).reasonKey());
    }

    private static Disbursement requested() {
        return Disbursement.request(42, 0, "moc", 100_000, new Disbursement.Report("progress", 0), "sub-owner", NOW);
    }
}
