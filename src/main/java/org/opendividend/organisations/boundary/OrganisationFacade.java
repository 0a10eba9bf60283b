package org.opendividend.organisations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.organisations.control.InvitationLimits;
import org.opendividend.organisations.control.InvitationTokens;
import org.opendividend.organisations.control.OrganisationInputCheck;
import org.opendividend.organisations.entity.Invitation;
import org.opendividend.organisations.entity.InvitationState;
import org.opendividend.organisations.entity.MemberInvited;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationChange;
import org.opendividend.organisations.entity.OrganisationChanged;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.organisations.entity.OrganisationMember;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.web.PublicLinks;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Everything people do with organisations, each operation checking the person and the organisation first
 * ({@link OrganisationPermissions}), the version they edited and their input, then changing the organisation and
 * firing an event ({@link OrganisationChanged}, {@link MemberInvited}) for the audit trail and the notifications.
 * Organisations leave here with their members loaded and detached; invitations (whose links are secrets) only
 * through {@link #pendingInvitations(long)}, for owners.
 */
@ApplicationScoped
@Transactional
public class OrganisationFacade {

    /** Where invitees accept, under the application's root. */
    public static final String JOIN_PATH = "/applicant/join.xhtml?token=";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A new organisation; the person creating it is its first owner. */
    public Organisation create(OrganisationDetails details) {
        Caller caller = currentUser.caller();
        OrganisationPermissions.canCreate(caller).orThrow();
        InvalidInputException.unless(OrganisationInputCheck.problems(details));
        Organisation organisation = Organisation.found(details, caller.actor(), now());
        em.persist(organisation);
        em.flush();
        fire(organisation, OrganisationChange.CREATED, "organisation created: " + organisation.nameEn() + " (" + organisation.type() + ")");
        return loaded(organisation);
    }

    public Organisation update(long id, long version, OrganisationDetails details) {
        Organisation organisation = find(id);
        OrganisationPermissions.canEdit(currentUser.caller(), organisation).orThrow();
        if (organisation.version() != version) {
            throw new ConcurrentChangeException("Organisation", id);
        }
        InvalidInputException.unless(OrganisationInputCheck.problems(details));
        organisation.revise(details, now());
        em.flush();
        fire(organisation, OrganisationChange.UPDATED, "details updated");
        return loaded(organisation);
    }

    /** The person's organisations with their role in each, by name: one query, the organisations with their members. */
    public List<Membership> mine() {
        Caller caller = currentUser.caller();
        if (!caller.isAuthenticated()) {
            return List.of();
        }
        return em.createQuery("select distinct o from Organisation o left join fetch o.members where o.id in "
                        + "(select m.organisation.id from OrganisationMember m where m.subject = :subject) "
                        + "order by o.nameZhTw, o.id", Organisation.class)
                .setParameter("subject", caller.subject())
                .getResultList().stream()
                .map(OrganisationView::of)
                .map(o -> new Membership(o, o.roleOf(caller.subject()).orElseThrow()))
                .toList();
    }

    /** An organisation as its members see it; refused to everyone else. */
    public Organisation forMember(long id) {
        Organisation organisation = find(id);
        OrganisationPermissions.canSee(currentUser.caller(), organisation).orThrow();
        return loaded(organisation);
    }

    public List<OrganisationMember> members(long id) {
        return forMember(id).members();
    }

    /** The invitations that can still be accepted, with their links: for owners only. */
    public List<Invitation> pendingInvitations(long id) {
        Organisation organisation = find(id);
        OrganisationPermissions.canManageMembers(currentUser.caller(), organisation).orThrow();
        return organisation.pendingInvitations(now());
    }

    /** An owner invites someone by e-mail; the returned invitation carries the token of the link. */
    public Invitation invite(long id, String email, MemberRole role) {
        Organisation organisation = find(id);
        Caller caller = currentUser.caller();
        OrganisationPermissions.canManageMembers(caller, organisation).orThrow();
        InvalidInputException.unless(OrganisationInputCheck.invitationProblems(email, role));
        InvalidInputException.unless(InvitationLimits.problems(
                invitedSince("i.organisation.id = :who", organisation.id()), invitedSince("i.inviterSubject = :who", caller.subject())));
        Invitation invitation = organisation.invite(email.strip(), role, InvitationTokens.next(), caller.actor(), now());
        em.flush();
        events.fire(new MemberInvited(caller.actor(), organisation.id(), invitation.id(), invitation.email(),
                organisation.nameZhTw(), organisation.nameEn(), role, link(invitation.issuedToken()), invitation.expiresAt()));
        return invitation;
    }

    public void revoke(long id, long invitationId) {
        Organisation organisation = find(id);
        OrganisationPermissions.canManageMembers(currentUser.caller(), organisation).orThrow();
        Invitation invitation = organisation.invitation(invitationId)
                .orElseThrow(() -> new NoSuchObjectException("Invitation", invitationId));
        Instant now = now();
        if (invitation.state(now) != InvitationState.PENDING) {
            throw new AccessDeniedException("org.denied.invitation.notPending");
        }
        organisation.revoke(invitation, now);
        em.flush();
        fire(organisation, OrganisationChange.INVITATION_REVOKED, "invitation " + invitationId + " to " + invitation.email() + " revoked");
    }

    /** What the link's holder is told before accepting; empty when no invitation has this token. */
    public Optional<InvitationPreview> preview(String token) {
        Caller caller = currentUser.caller();
        Instant now = now();
        return byToken(token).map(i -> new InvitationPreview(i.organisation().id(), i.organisation().nameZhTw(),
                i.organisation().nameEn(), i.role(), i.inviterName(), i.expiresAt(),
                OrganisationPermissions.canAccept(caller, i, now)));
    }

    /** The person holding the link joins with the invitation's role; the link cannot be used again. */
    public Organisation accept(String token) {
        Invitation invitation = byToken(token).orElseThrow(() -> new NoSuchObjectException("Invitation", "token"));
        Caller caller = currentUser.caller();
        Instant now = now();
        OrganisationPermissions.canAccept(caller, invitation, now).orThrow();
        Organisation organisation = invitation.organisation();
        OrganisationMember member = organisation.admit(invitation, caller.actor(), now);
        em.flush();
        fire(organisation, OrganisationChange.MEMBER_JOINED, member.displayName() + " joined as " + member.role()
                + " (invitation " + invitation.id() + ")");
        return loaded(organisation);
    }

    public Organisation changeRole(long id, long memberId, MemberRole role) {
        Organisation organisation = find(id);
        OrganisationPermissions.canManageMembers(currentUser.caller(), organisation).orThrow();
        OrganisationMember member = member(organisation, memberId);
        if (role == null) {
            InvalidInputException.unless(List.of(FieldProblem.of("role", "validation.required")));
        }
        OrganisationPermissions.canChangeRole(currentUser.caller(), organisation, member, role).orThrow();
        MemberRole before = member.role();
        organisation.changeRole(member, role, now());
        em.flush();
        fire(organisation, OrganisationChange.ROLE_CHANGED, member.displayName() + ": " + before + " → " + role);
        return loaded(organisation);
    }

    public Organisation remove(long id, long memberId) {
        Organisation organisation = find(id);
        OrganisationPermissions.canManageMembers(currentUser.caller(), organisation).orThrow();
        OrganisationMember member = member(organisation, memberId);
        OrganisationPermissions.canRemove(currentUser.caller(), organisation, member).orThrow();
        organisation.remove(member, now());
        em.flush();
        fire(organisation, OrganisationChange.MEMBER_REMOVED, member.displayName() + " (" + member.role() + ") removed");
        return loaded(organisation);
    }

    /** The link an invitee opens: absolute when {@code opendividend.public-url} is configured. */
    public String link(String token) {
        return PublicLinks.to(JOIN_PATH + token);
    }

    /** How many invitations matching the condition were issued within the limits' window. */
    private long invitedSince(String condition, Object who) {
        return em.createQuery("select count(i) from Invitation i where " + condition + " and i.createdAt > :since", Long.class)
                .setParameter("who", who).setParameter("since", now().minus(InvitationLimits.WINDOW)).getSingleResult();
    }

    private Optional<Invitation> byToken(String token) {
        if (!InvitationTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select i from Invitation i join fetch i.organisation where i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", Invitation.hashOf(token))
                .getResultList().stream().findFirst();
    }

    private Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NoSuchObjectException("Organisation", id);
        }
        return organisation;
    }

    private static OrganisationMember member(Organisation organisation, long memberId) {
        return organisation.member(memberId).orElseThrow(() -> new NoSuchObjectException("OrganisationMember", memberId));
    }

    private void fire(Organisation organisation, OrganisationChange action, String summary) {
        events.fire(new OrganisationChanged(currentUser.caller().actor(), organisation.id(), action, summary));
    }

    /** Touches the members, so that pages can read them after the transaction. */
    private Organisation loaded(Organisation organisation) {
        organisation.members().size();
        return organisation;
    }
}
