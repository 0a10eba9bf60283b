package org.opendividend.organisations.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.organisations.OrganisationFixtures;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.organisations.OrganisationFixtures.NOW;
import static org.opendividend.organisations.OrganisationFixtures.editor;
import static org.opendividend.organisations.OrganisationFixtures.outsider;
import static org.opendividend.organisations.OrganisationFixtures.owner;

/** An organisation's members and invitations: the founder owns it, invitations expire and work once, an owner stays. */
class OrganisationTest {

    @Test
    void theFounderIsTheFirstOwnerAndTheDetailsAreStoredNormalised() {
        Organisation org = Organisation.found(new OrganisationDetails("  名稱 ", " Name ", null, " ", "地址",
                "https://ror.org/03vek6s52"), owner().actor(), NOW);
        assertEquals(MemberRole.OWNER, org.roleOf(owner().subject()).orElseThrow());
        assertEquals("名稱", org.nameZhTw());
        assertEquals(null, org.businessNumber(), "blank optional fields are stored as nothing");
        assertEquals("03vek6s52", org.rorId(), "stored bare");
    }

    @Test
    void anInvitationIsPendingForSevenDaysThenExpires() {
        Organisation org = OrganisationFixtures.withMembers();
        Invitation invitation = org.invite("someone@example.org", MemberRole.EDITOR, "t", owner().actor(), NOW);
        assertEquals(NOW.plus(Duration.ofDays(7)), invitation.expiresAt());
        assertEquals(InvitationState.PENDING, invitation.state(NOW.plus(Duration.ofDays(7)).minusNanos(1000)));
        assertEquals(InvitationState.EXPIRED, invitation.state(NOW.plus(Duration.ofDays(7))));
        assertThrows(IllegalStateException.class,
                () -> org.admit(invitation, outsider().actor(), NOW.plus(Duration.ofDays(8))), "expired");
        assertTrue(org.roleOf(outsider().subject()).isEmpty());
    }

    @Test
    void anInvitationIsAcceptedOnceOnly() {
        Organisation org = OrganisationFixtures.withMembers();
        Invitation invitation = org.invite("someone@example.org", MemberRole.VIEWER, "t", owner().actor(), NOW);
        org.admit(invitation, outsider().actor(), NOW.plusSeconds(5));
        assertEquals(InvitationState.ACCEPTED, invitation.state(NOW.plusSeconds(6)));
        assertEquals(outsider().subject(), invitation.acceptedBySubject());
        assertEquals(MemberRole.VIEWER, org.roleOf(outsider().subject()).orElseThrow());

        var another = OrganisationFixtures.applicant("sub-another");
        assertThrows(IllegalStateException.class, () -> org.admit(invitation, another.actor(), NOW.plusSeconds(7)));
        assertTrue(org.roleOf(another.subject()).isEmpty(), "the used link let nobody else in");
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() {
        Organisation org = OrganisationFixtures.withMembers();
        Invitation invitation = org.invite("someone@example.org", MemberRole.EDITOR, "t", owner().actor(), NOW);
        org.revoke(invitation, NOW.plusSeconds(1));
        assertEquals(InvitationState.REVOKED, invitation.state(NOW.plusSeconds(2)));
        assertThrows(IllegalStateException.class, () -> org.admit(invitation, outsider().actor(), NOW.plusSeconds(3)));
        assertTrue(org.pendingInvitations(NOW.plusSeconds(3)).isEmpty());
    }

    @Test
    void aMemberCannotJoinTwice() {
        Organisation org = OrganisationFixtures.withMembers();
        Invitation invitation = org.invite("editor@example.org", MemberRole.OWNER, "t", owner().actor(), NOW);
        assertThrows(IllegalStateException.class, () -> org.admit(invitation, editor().actor(), NOW.plusSeconds(1)));
        assertEquals(InvitationState.PENDING, invitation.state(NOW.plusSeconds(1)), "not used up");
    }

    @Test
    void theLastOwnerStaysAnOwner() {
        Organisation org = OrganisationFixtures.withMembers();
        OrganisationMember founder = org.members().get(0);
        assertTrue(org.isLastOwner(founder));
        assertThrows(IllegalStateException.class, () -> org.remove(founder, NOW));
        assertThrows(IllegalStateException.class, () -> org.changeRole(founder, MemberRole.EDITOR, NOW));

        OrganisationMember editor = org.members().get(1);
        org.changeRole(editor, MemberRole.OWNER, NOW);
        assertEquals(false, org.isLastOwner(founder));
        org.changeRole(founder, MemberRole.VIEWER, NOW);
        assertTrue(org.isLastOwner(editor));
        org.remove(founder, NOW);
        assertEquals(2, org.members().size());
    }
}
