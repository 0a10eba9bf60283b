package org.opendividend.organisations.boundary;

import org.opendividend.organisations.entity.Invitation;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationMember;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.time.Instant;
import java.util.Optional;

/**
 * Who may do what with an organisation, decided on the person's membership and role in that organisation (never on
 * a realm role alone): applicants create and join organisations; owners edit them and manage members and
 * invitations, never leaving them without an owner; editors (and owners) write applications for them; every member
 * reads. Pages render with these decisions, the facade enforces them, and other components (applications) ask them about an
 * {@link OrganisationView}.
 */
public final class OrganisationPermissions {

    private OrganisationPermissions() {
    }

    public static Decision canCreate(Caller caller) {
        return isApplicant(caller) ? Decision.allow() : Decision.deny("org.denied.notApplicant");
    }

    /** Members of any role see the organisation, its details and its members. */
    public static Decision canSee(Caller caller, Organisation organisation) {
        return member(role(caller, organisation));
    }

    public static Decision canEdit(Caller caller, Organisation organisation) {
        return owner(caller, organisation);
    }

    /** Inviting, revoking invitations, changing roles and removing members: owners only. */
    public static Decision canManageMembers(Caller caller, Organisation organisation) {
        return owner(caller, organisation);
    }

    public static Decision canChangeRole(Caller caller, Organisation organisation, OrganisationMember member, MemberRole role) {
        Decision owner = owner(caller, organisation);
        if (!owner.allowed()) {
            return owner;
        }
        return role != MemberRole.OWNER && organisation.isLastOwner(member) ? Decision.deny("org.denied.lastOwner")
                : Decision.allow();
    }

    public static Decision canRemove(Caller caller, Organisation organisation, OrganisationMember member) {
        Decision owner = owner(caller, organisation);
        if (!owner.allowed()) {
            return owner;
        }
        return organisation.isLastOwner(member) ? Decision.deny("org.denied.lastOwner") : Decision.allow();
    }

    /** Writing (and submitting) applications on the organisation's behalf: its editors and owners, as applicants. */
    public static Decision canWriteApplicationsFor(Caller caller, OrganisationView organisation) {
        if (!isApplicant(caller)) {
            return Decision.deny("org.denied.notApplicant");
        }
        Optional<MemberRole> role = role(caller, organisation);
        if (role.isEmpty()) {
            return Decision.deny("org.denied.notMember");
        }
        return role.get().writes() ? Decision.allow() : Decision.deny("org.denied.notEditor");
    }

    /** Reading the organisation's applications: every member. */
    public static Decision canReadApplicationsOf(Caller caller, OrganisationView organisation) {
        return member(role(caller, organisation));
    }

    /**
     * Accepting an invitation: the applicant whose login has the address it was sent to (letter case aside), while it
     * is pending, unless they are a member already. A link that reached someone else lets them in nowhere. The address
     * must be verified by the identity provider: anyone can register an account with someone else's address, and the
     * link (forwarded, or read over a shoulder) would then let them join in that person's place.
     */
    public static Decision canAccept(Caller caller, Invitation invitation, Instant now) {
        if (!isApplicant(caller)) {
            return Decision.deny("org.denied.notApplicant");
        }
        Decision pending = switch (invitation.state(now)) {
            case PENDING -> Decision.allow();
            case ACCEPTED -> Decision.deny("org.denied.invitation.used");
            case REVOKED -> Decision.deny("org.denied.invitation.revoked");
            case EXPIRED -> Decision.deny("org.denied.invitation.expired");
        };
        if (!pending.allowed()) {
            return pending;
        }
        if (caller.email() == null || !caller.email().strip().equalsIgnoreCase(invitation.email().strip())) {
            return Decision.deny("org.denied.invitation.otherAddress");
        }
        if (!caller.emailVerified()) {
            return Decision.deny("org.denied.invitation.unverifiedAddress");
        }
        return role(caller, invitation.organisation()).isPresent() ? Decision.deny("org.denied.alreadyMember")
                : Decision.allow();
    }

    private static Decision owner(Caller caller, Organisation organisation) {
        Optional<MemberRole> role = role(caller, organisation);
        if (role.isEmpty()) {
            return Decision.deny("org.denied.notMember");
        }
        return role.get() == MemberRole.OWNER ? Decision.allow() : Decision.deny("org.denied.notOwner");
    }

    private static Decision member(Optional<MemberRole> role) {
        return role.isPresent() ? Decision.allow() : Decision.deny("org.denied.notMember");
    }

    private static Optional<MemberRole> role(Caller caller, Organisation organisation) {
        return caller.isAuthenticated() ? organisation.roleOf(caller.subject()) : Optional.empty();
    }

    private static Optional<MemberRole> role(Caller caller, OrganisationView organisation) {
        return caller.isAuthenticated() ? organisation.roleOf(caller.subject()) : Optional.empty();
    }

    private static boolean isApplicant(Caller caller) {
        return caller.isAuthenticated() && caller.has(Role.APPLICANT);
    }
}
