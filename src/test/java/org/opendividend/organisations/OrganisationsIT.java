package org.opendividend.organisations;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.organisations.control.InvitationLimits;
import org.opendividend.platform.security.Sha256;
import org.opendividend.arquillian.Deployments;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.organisations.boundary.Membership;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Invitation;
import org.opendividend.organisations.entity.MemberInvited;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.organisations.entity.OrganisationMember;
import org.opendividend.organisations.it.InvitationsSent;
import org.opendividend.organisations.it.StoredOrganisations;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisations component in Payara Micro against the migrated database, through {@link OrganisationFacade}:
 * creation with checked input, membership scoping enforced by the server, invitations accepted once and refused when
 * expired, used or revoked, the last owner kept, optimistic locking, and the audit entries of every change. Each test
 * acts as fresh people (random subjects) so that the tests depend neither on their order nor on each other.
 */
@ExtendWith(ArquillianExtension.class)
public class OrganisationsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.organisations("organisations-it.war")
                .addClasses(OrganisationFixtures.class, ActingAs.class, StoredOrganisations.class, InvitationsSent.class);
    }

    @Inject
    OrganisationFacade organisations;

    @Inject
    ActingAs acting;

    @Inject
    StoredOrganisations stored;

    @Inject
    InvitationsSent sent;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Caller owner = OrganisationFixtures.applicant("owner-" + run);
    private final Caller invitee = OrganisationFixtures.applicant("invitee-" + run);
    private final Caller stranger = OrganisationFixtures.applicant("stranger-" + run);

    private Organisation created() {
        acting.as(owner);
        return organisations.create(OrganisationFixtures.details(run));
    }

    private Invitation invited(Organisation org, MemberRole role) {
        acting.as(owner);
        return organisations.invite(org.id(), invitee.email(), role);
    }

    private static void refused(String reason, Executable action) {
        assertEquals(reason, assertThrows(AccessDeniedException.class, action).reasonKey());
    }

    @Test
    void anApplicantCreatesAnOrganisationAndOwnsIt() {
        Organisation org = created();
        assertEquals(MemberRole.OWNER, org.roleOf(owner.subject()).orElseThrow());
        assertEquals("04595257", org.businessNumber());
        List<Membership> mine = organisations.mine();
        assertEquals(1, mine.size());
        assertEquals(org.id(), mine.get(0).organisation().id());
        assertEquals(MemberRole.OWNER, mine.get(0).role());
        assertEquals(1, stored.auditEntries(org.id(), "CREATED"));
    }

    @Test
    void invalidInputChangesNothing() {
        acting.as(owner);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> organisations.create(
                new OrganisationDetails("名", "", OrganisationType.COMPANY, "04595258", "地址", "03vek6s53")));
        assertEquals(List.of(FieldProblem.of("nameEn", "validation.required"),
                FieldProblem.of("businessNumber", "org.problem.businessNumberInvalid"),
                FieldProblem.of("rorId", "org.problem.rorInvalid")), refused.problems());
        assertEquals(List.of(), organisations.mine());
    }

    @Test
    void onlyApplicantsCreate() {
        acting.as(OrganisationFixtures.officer());
        refused("org.denied.notApplicant", () -> organisations.create(OrganisationFixtures.details(run)));
    }

    @Test
    void nonMembersSeeNothingAndChangeNothing() {
        Organisation org = created();
        acting.as(stranger);
        refused("org.denied.notMember", () -> organisations.forMember(org.id()));
        refused("org.denied.notMember", () -> organisations.members(org.id()));
        refused("org.denied.notMember", () -> organisations.pendingInvitations(org.id()));
        refused("org.denied.notMember", () -> organisations.invite(org.id(), "x@example.org", MemberRole.OWNER));
        refused("org.denied.notMember", () -> organisations.update(org.id(), org.version(), OrganisationFixtures.details("x")));
        long ownerMember = org.members().get(0).id();
        refused("org.denied.notMember", () -> organisations.remove(org.id(), ownerMember));
        assertEquals(List.of(), organisations.mine());
        assertThrows(NoSuchObjectException.class, () -> organisations.forMember(Long.MAX_VALUE));
    }

    @Test
    void anInviteeJoinsOnceWithTheRoleOffered() {
        Organisation org = created();
        Invitation invitation = invited(org, MemberRole.EDITOR);
        MemberInvited event = sent.last();
        assertEquals(invitee.email(), event.recipientEmail());
        assertTrue(event.link().endsWith("/applicant/join.xhtml?token=" + invitation.issuedToken()), event.link());
        assertEquals(org.nameZhTw(), event.organisationNameZhTw());
        assertFalse(event.summary().contains(invitation.issuedToken()), "the secret stays out of the audit log");
        assertEquals(1, stored.auditEntries(org.id(), "MEMBER_INVITED"));

        acting.as(invitee);
        assertTrue(organisations.preview(invitation.issuedToken()).orElseThrow().decision().allowed());
        Organisation joined = organisations.accept(invitation.issuedToken());
        assertEquals(MemberRole.EDITOR, joined.roleOf(invitee.subject()).orElseThrow());
        assertEquals(MemberRole.EDITOR, organisations.mine().get(0).role());
        assertEquals(1, stored.auditEntries(org.id(), "MEMBER_JOINED"));

        acting.as(stranger);
        refused("org.denied.invitation.used", () -> organisations.accept(invitation.issuedToken()));
        assertEquals(List.of(), organisations.mine());

        acting.as(invitee);
        refused("org.denied.notOwner", () -> organisations.invite(org.id(), "x@example.org", MemberRole.OWNER));
        assertEquals(2, organisations.members(org.id()).size());
    }

    /** Issue #8, item 14: the link is bound to the invited address, and the database never holds its token. */
    @Test
    void aForwardedLinkLetsNobodyElseInAndTheTokenIsStoredOnlyAsItsHash() {
        Organisation org = created();
        Invitation invitation = invited(org, MemberRole.OWNER);
        String stored = this.stored.storedToken(invitation.id());
        assertEquals(Sha256.hex(invitation.issuedToken()), stored);
        assertFalse(stored.contains(invitation.issuedToken()));

        acting.as(stranger);
        assertFalse(organisations.preview(invitation.issuedToken()).orElseThrow().decision().allowed());
        refused("org.denied.invitation.otherAddress", () -> organisations.accept(invitation.issuedToken()));
        assertEquals(List.of(), organisations.mine());
        acting.as(invitee);
        assertEquals(MemberRole.OWNER, organisations.accept(invitation.issuedToken()).roleOf(invitee.subject()).orElseThrow(),
                "the owner made them an owner");
    }

    /** Issue #8, item 14: the invitee must have verified the invited address before the link lets them in. */
    @Test
    void anInviteeWhoseAddressIsNotVerifiedYetIsToldToVerifyItFirst() {
        Organisation org = created();
        Invitation invitation = invited(org, MemberRole.EDITOR);

        acting.as(OrganisationFixtures.unverified(invitee));
        assertEquals("org.denied.invitation.unverifiedAddress",
                organisations.preview(invitation.issuedToken()).orElseThrow().decision().reasonKey());
        refused("org.denied.invitation.unverifiedAddress", () -> organisations.accept(invitation.issuedToken()));
        assertEquals(List.of(), organisations.mine());
        assertEquals(0, stored.auditEntries(org.id(), "MEMBER_JOINED"));

        acting.as(invitee);
        assertEquals(MemberRole.EDITOR, organisations.accept(invitation.issuedToken()).roleOf(invitee.subject()).orElseThrow(),
                "once verified, the same link works");
    }

    @Test
    void anOrganisationSendsAtMostTwentyInvitationsADay() {
        Organisation org = created();
        for (int i = 0; i < InvitationLimits.PER_ORGANISATION; i++) {
            organisations.invite(org.id(), "member-" + i + "-" + run + "@example.org", MemberRole.VIEWER);
        }
        var refused = assertThrows(InvalidInputException.class,
                () -> organisations.invite(org.id(), "one-more-" + run + "@example.org", MemberRole.VIEWER));
        assertEquals("org.invite.problem.tooManyForOrganisation", refused.problems().get(0).messageKey());
        assertEquals(20, organisations.pendingInvitations(org.id()).size(), "the refused one was not issued");
    }

    @Test
    void expiredRevokedAndUnknownLinksAreRefused() {
        Organisation org = created();
        Invitation expiring = invited(org, MemberRole.VIEWER);
        stored.expire(expiring.id());
        acting.as(invitee);
        refused("org.denied.invitation.expired", () -> organisations.accept(expiring.issuedToken()));

        Invitation revoked = invited(org, MemberRole.VIEWER);
        organisations.revoke(org.id(), revoked.id());
        assertEquals(1, stored.auditEntries(org.id(), "INVITATION_REVOKED"));
        assertTrue(organisations.pendingInvitations(org.id()).isEmpty());
        acting.as(invitee);
        refused("org.denied.invitation.revoked", () -> organisations.accept(revoked.issuedToken()));

        assertTrue(organisations.preview("x".repeat(43)).isEmpty());
        assertThrows(NoSuchObjectException.class, () -> organisations.accept("x".repeat(43)));
        assertEquals(List.of(), organisations.mine());
    }

    @Test
    void theLastOwnerStaysAndRolesChange() {
        Organisation org = created();
        Invitation invitation = invited(org, MemberRole.VIEWER);
        acting.as(invitee);
        organisations.accept(invitation.issuedToken());

        acting.as(owner);
        OrganisationMember me = member(org.id(), owner);
        OrganisationMember them = member(org.id(), invitee);
        refused("org.denied.lastOwner", () -> organisations.remove(org.id(), me.id()));
        refused("org.denied.lastOwner", () -> organisations.changeRole(org.id(), me.id(), MemberRole.EDITOR));

        organisations.changeRole(org.id(), them.id(), MemberRole.OWNER);
        organisations.changeRole(org.id(), me.id(), MemberRole.VIEWER);
        assertEquals(2, stored.auditEntries(org.id(), "ROLE_CHANGED"));
        acting.as(owner);
        refused("org.denied.notOwner", () -> organisations.remove(org.id(), them.id()));

        acting.as(invitee);
        organisations.remove(org.id(), me.id());
        assertEquals(1, stored.auditEntries(org.id(), "MEMBER_REMOVED"));
        acting.as(owner);
        refused("org.denied.notMember", () -> organisations.forMember(org.id()));
    }

    @Test
    void aStaleVersionIsRefusedAndOverwritesNothing() {
        Organisation org = created();
        long loaded = org.version();
        Organisation saved = organisations.update(org.id(), loaded,
                new OrganisationDetails("新名稱 " + run, "New name", OrganisationType.COMMUNITY_ORGANISATION, "", "地址", ""));
        assertEquals(null, saved.businessNumber());
        assertThrows(ConcurrentChangeException.class, () -> organisations.update(org.id(), loaded, OrganisationFixtures.details("old")));
        assertEquals("新名稱 " + run, organisations.forMember(org.id()).nameZhTw());
        assertEquals(1, stored.auditEntries(org.id(), "UPDATED"));
    }

    @Test
    void onePersonBelongsToSeveralOrganisations() {
        Organisation first = created();
        Organisation second = created();
        Invitation toFirst = invited(first, MemberRole.VIEWER);
        Invitation toSecond = invited(second, MemberRole.EDITOR);
        acting.as(invitee);
        organisations.accept(toFirst.issuedToken());
        organisations.accept(toSecond.issuedToken());
        assertEquals(List.of(MemberRole.VIEWER, MemberRole.EDITOR).stream().sorted().toList(),
                organisations.mine().stream().map(Membership::role).sorted().toList());
    }

    private OrganisationMember member(long id, Caller who) {
        return organisations.members(id).stream().filter(m -> m.subject().equals(who.subject())).findFirst().orElseThrow();
    }
}
