package org.opendividend.organisations.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.organisations.OrganisationFixtures;
import org.opendividend.organisations.entity.Invitation;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationMember;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.time.Duration;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opendividend.organisations.OrganisationFixtures.NOW;
import static org.opendividend.organisations.OrganisationFixtures.editor;
import static org.opendividend.organisations.OrganisationFixtures.officer;
import static org.opendividend.organisations.OrganisationFixtures.outsider;
import static org.opendividend.organisations.OrganisationFixtures.owner;
import static org.opendividend.organisations.OrganisationFixtures.viewer;

/** Who may do what with an organisation: decided by the person's role in that organisation, and nobody else's. */
class OrganisationPermissionsTest {

    private static final Decision ALLOWED = Decision.allow();

    private final Organisation org = OrganisationFixtures.withMembers();

    private static Decision denied(String reason) {
        return Decision.deny(reason);
    }

    /** Another organisation, owned by the outsider. */
    private static Organisation another() {
        return Organisation.found(OrganisationFixtures.details("B"), outsider().actor(), NOW);
    }

    private OrganisationMember memberOf(Caller caller) {
        return org.members().stream().filter(m -> m.subject().equals(caller.subject())).findFirst().orElseThrow();
    }

    @Test
    void onlyApplicantsCreateOrganisations() {
        assertEquals(ALLOWED, OrganisationPermissions.canCreate(outsider()));
        assertEquals(denied("org.denied.notApplicant"), OrganisationPermissions.canCreate(officer()));
        assertEquals(denied("org.denied.notApplicant"), OrganisationPermissions.canCreate(Caller.ANONYMOUS));
    }

    @Test
    void everyMemberSeesTheOrganisationAndNobodyElse() {
        assertEquals(ALLOWED, OrganisationPermissions.canSee(owner(), org));
        assertEquals(ALLOWED, OrganisationPermissions.canSee(editor(), org));
        assertEquals(ALLOWED, OrganisationPermissions.canSee(viewer(), org));
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canSee(outsider(), org));
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canSee(officer(), org));
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canSee(Caller.ANONYMOUS, org));
    }

    @Test
    void onlyOwnersEditAndManageMembers() {
        assertEquals(ALLOWED, OrganisationPermissions.canEdit(owner(), org));
        assertEquals(ALLOWED, OrganisationPermissions.canManageMembers(owner(), org));
        assertEquals(denied("org.denied.notOwner"), OrganisationPermissions.canEdit(editor(), org));
        assertEquals(denied("org.denied.notOwner"), OrganisationPermissions.canManageMembers(editor(), org));
    }

    @Test
    void aViewerMayNotInvite() {
        assertEquals(denied("org.denied.notOwner"), OrganisationPermissions.canManageMembers(viewer(), org));
        assertEquals(denied("org.denied.notOwner"), OrganisationPermissions.canEdit(viewer(), org));
    }

    @Test
    void anotherOrganisationsOwnerIsRefused() {
        Organisation theirs = another();
        assertEquals(ALLOWED, OrganisationPermissions.canManageMembers(outsider(), theirs), "owner of their own");
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canManageMembers(outsider(), org));
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canEdit(outsider(), org));
        assertEquals(denied("org.denied.notMember"),
                OrganisationPermissions.canRemove(outsider(), org, memberOf(editor())));
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canWriteApplicationsFor(outsider(), OrganisationView.of(org)));
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canManageMembers(owner(), theirs),
                "and the other way round");
    }

    @Test
    void ownersAndEditorsWriteApplicationsViewersRead() {
        assertEquals(ALLOWED, OrganisationPermissions.canWriteApplicationsFor(owner(), OrganisationView.of(org)));
        assertEquals(ALLOWED, OrganisationPermissions.canWriteApplicationsFor(editor(), OrganisationView.of(org)));
        assertEquals(denied("org.denied.notEditor"), OrganisationPermissions.canWriteApplicationsFor(viewer(), OrganisationView.of(org)));
        assertEquals(ALLOWED, OrganisationPermissions.canReadApplicationsOf(viewer(), OrganisationView.of(org)));
        assertEquals(denied("org.denied.notMember"), OrganisationPermissions.canReadApplicationsOf(outsider(), OrganisationView.of(org)));
    }

    @Test
    void aMemberWhoLostTheApplicantRoleNoLongerWrites() {
        Caller editorAsOfficerOnly = OrganisationFixtures.caller(editor().subject(), EnumSet.of(Role.OFFICER));
        assertEquals(denied("org.denied.notApplicant"),
                OrganisationPermissions.canWriteApplicationsFor(editorAsOfficerOnly, OrganisationView.of(org)));
    }

    @Test
    void theLastOwnerIsNeitherRemovedNorDemoted() {
        OrganisationMember founder = memberOf(owner());
        assertEquals(denied("org.denied.lastOwner"), OrganisationPermissions.canRemove(owner(), org, founder));
        assertEquals(denied("org.denied.lastOwner"),
                OrganisationPermissions.canChangeRole(owner(), org, founder, MemberRole.EDITOR));
        assertEquals(ALLOWED, OrganisationPermissions.canChangeRole(owner(), org, founder, MemberRole.OWNER));
        assertEquals(ALLOWED, OrganisationPermissions.canRemove(owner(), org, memberOf(viewer())));
        assertEquals(ALLOWED, OrganisationPermissions.canChangeRole(owner(), org, memberOf(viewer()), MemberRole.EDITOR));
        assertEquals(denied("org.denied.notOwner"),
                OrganisationPermissions.canChangeRole(editor(), org, memberOf(editor()), MemberRole.OWNER),
                "an editor cannot make themselves owner");
        assertEquals(denied("org.denied.notOwner"), OrganisationPermissions.canRemove(viewer(), org, memberOf(editor())));
    }

    @Test
    void theApplicantOfTheInvitedAddressAcceptsAPendingInvitationOnce() {
        Invitation invitation = org.invite(outsider().email().toUpperCase(java.util.Locale.ROOT), MemberRole.EDITOR, "t",
                owner().actor(), NOW);
        assertEquals(ALLOWED, OrganisationPermissions.canAccept(outsider(), invitation, NOW), "letter case aside");
        assertEquals(denied("org.denied.notApplicant"), OrganisationPermissions.canAccept(officer(), invitation, NOW));
        assertEquals(denied("org.denied.invitation.expired"),
                OrganisationPermissions.canAccept(outsider(), invitation, NOW.plus(Duration.ofDays(7))));

        org.admit(invitation, outsider().actor(), NOW.plusSeconds(1));
        assertEquals(denied("org.denied.invitation.used"),
                OrganisationPermissions.canAccept(OrganisationFixtures.applicant("sub-third"), invitation, NOW.plusSeconds(2)));
    }

    /** Issue #8, item 14: a forwarded or leaked link lets nobody but the invited address in. */
    @Test
    void aLinkThatReachedSomeoneElseLetsThemInNowhere() {
        Invitation invitation = org.invite("someone-else@example.org", MemberRole.EDITOR, "t", owner().actor(), NOW);
        assertEquals(denied("org.denied.invitation.otherAddress"), OrganisationPermissions.canAccept(outsider(), invitation, NOW));
        Invitation toAMember = org.invite(viewer().email(), MemberRole.EDITOR, "u", owner().actor(), NOW);
        assertEquals(denied("org.denied.alreadyMember"), OrganisationPermissions.canAccept(viewer(), toAMember, NOW));
    }

    /** Issue #8, item 14: the address must be proved the accepting person's own, not merely typed at registration. */
    @Test
    void anInvitationIsAcceptedOnlyWithTheVerifiedAddress() {
        Invitation invitation = org.invite(outsider().email(), MemberRole.EDITOR, "t", owner().actor(), NOW);
        assertEquals(denied("org.denied.invitation.unverifiedAddress"),
                OrganisationPermissions.canAccept(OrganisationFixtures.unverified(outsider()), invitation, NOW));
        assertEquals(ALLOWED, OrganisationPermissions.canAccept(outsider(), invitation, NOW));
        Invitation toAnother = org.invite("someone-else@example.org", MemberRole.EDITOR, "u", owner().actor(), NOW);
        assertEquals(denied("org.denied.invitation.otherAddress"),
                OrganisationPermissions.canAccept(OrganisationFixtures.unverified(outsider()), toAnother, NOW),
                "verifying would not help: the link was meant for another address");
    }

    @Test
    void aRevokedInvitationSaysSo() {
        Invitation invitation = org.invite("x@example.org", MemberRole.VIEWER, "t", owner().actor(), NOW);
        org.revoke(invitation, NOW);
        assertEquals(denied("org.denied.invitation.revoked"), OrganisationPermissions.canAccept(outsider(), invitation, NOW));
    }
}
