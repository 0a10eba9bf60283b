package org.opendividend.outputs.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Outputs by organisation and by ministry: the award's organisation's owners and editors register, its viewers only
 * read; officers of the award's ministries read and judge, never for their own organisation; another organisation,
 * another ministry and other roles are refused.
 */
class OutputPermissionsTest {

    /** An award of moc, co-funded by moda; nstc has no part of it. */
    private static final Set<String> MINISTRIES = Set.of("moc", "moda");

    private static Caller caller(String subject, Set<Role> roles, String... ministries) {
        return new Caller(subject, subject, subject, subject + "@example.org", true,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), new TreeSet<>(Set.of(ministries)));
    }

    private static final Caller OWNER = caller("sub-owner", Set.of(Role.APPLICANT));
    private static final Caller EDITOR = caller("sub-editor", Set.of(Role.APPLICANT));
    private static final Caller VIEWER = caller("sub-viewer", Set.of(Role.APPLICANT));
    private static final Caller STRANGER = caller("sub-stranger", Set.of(Role.APPLICANT));
    private static final Caller OFFICER_MOC = caller("sub-officer-moc", Set.of(Role.OFFICER), "moc");
    private static final Caller OFFICER_MODA = caller("sub-officer-moda", Set.of(Role.OFFICER), "moda");
    private static final Caller OFFICER_NSTC = caller("sub-officer-nstc", Set.of(Role.OFFICER), "nstc");
    private static final Caller APPROVER_MOC = caller("sub-approver-moc", Set.of(Role.APPROVER), "moc");
    /** An officer of moc who is also a member of the award's organisation. */
    private static final Caller OFFICER_MEMBER = caller("sub-officer-member", Set.of(Role.OFFICER, Role.APPLICANT),
            "moc");

    private final OrganisationView organisation = new OrganisationView(7L, "客語協會", "Hakka Association",
            OrganisationType.NON_PROFIT, "04595257", "台北市", null,
            Map.of("sub-owner", MemberRole.OWNER, "sub-editor", MemberRole.EDITOR, "sub-viewer", MemberRole.VIEWER,
                    "sub-officer-member", MemberRole.VIEWER));

    @Test
    void ownersAndEditorsRegisterAndNobodyElse() {
        assertEquals(Decision.allow(), OutputPermissions.canRegister(OWNER, organisation));
        assertEquals(Decision.allow(), OutputPermissions.canRegister(EDITOR, organisation));
        for (Caller other : new Caller[]{VIEWER, STRANGER, OFFICER_MOC, APPROVER_MOC, OFFICER_MEMBER}) {
            assertEquals(Decision.deny(OutputPermissions.NOT_GRANTEE), OutputPermissions.canRegister(other,
                    organisation), other.subject());
        }
    }

    @Test
    void theOrganisationsMembersAndTheMinistriesOfficersRead() {
        for (Caller reader : new Caller[]{OWNER, EDITOR, VIEWER, OFFICER_MOC, OFFICER_MODA}) {
            assertEquals(Decision.allow(), OutputPermissions.canRead(reader, organisation, MINISTRIES), reader.subject());
        }
        for (Caller other : new Caller[]{STRANGER, OFFICER_NSTC, APPROVER_MOC}) {
            assertEquals(Decision.deny(OutputPermissions.NOT_YOURS), OutputPermissions.canRead(other, organisation,
                    MINISTRIES), other.subject());
        }
    }

    @Test
    void officersOfTheAwardsMinistriesJudgeButNotForTheirOwnOrganisation() {
        assertEquals(Decision.allow(), OutputPermissions.canJudge(OFFICER_MOC, organisation, MINISTRIES));
        assertEquals(Decision.allow(), OutputPermissions.canJudge(OFFICER_MODA, organisation, MINISTRIES));
        for (Caller other : new Caller[]{OFFICER_NSTC, APPROVER_MOC, OWNER, STRANGER}) {
            assertEquals(Decision.deny(OutputPermissions.NOT_OFFICER), OutputPermissions.canJudge(other, organisation,
                    MINISTRIES), other.subject());
        }
        assertEquals(Decision.deny(OutputPermissions.OWN_ORGANISATION),
                OutputPermissions.canJudge(OFFICER_MEMBER, organisation, MINISTRIES));
    }

    @Test
    void theQueueIsForOfficers() {
        assertEquals(Decision.allow(), OutputPermissions.canReadQueue(OFFICER_NSTC));
        for (Caller other : new Caller[]{OWNER, APPROVER_MOC, caller("sub-officer-none", Set.of(Role.OFFICER))}) {
            assertEquals(Decision.deny(OutputPermissions.NOT_OFFICER), OutputPermissions.canReadQueue(other),
                    other.subject());
        }
    }
}
