package org.opendividend.organisations.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.opendividend.platform.events.Actor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organisation that applies for funding, with its members and the invitations it sent. Changing a member's role
 * or removing a member also moves the organisation's own version, so that two owners doing so at the same time never
 * both succeed (e.g. each removing the other, which would leave no owner). Invitations and joins do not: they
 * cannot leave the organisation without an owner, and an owner editing the details is not interrupted by them.
 */
@Entity
public class Organisation {

    /** How long an invitation link can be used. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Column(nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false)
    private OrganisationType type;

    private String businessNumber;

    @Column(nullable = false)
    private String address;

    private String rorId;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrganisationMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Invitation> invitations = new ArrayList<>();

    @Version
    private long version;

    protected Organisation() {
    }

    /** A new organisation whose founder is its first owner. */
    public static Organisation found(OrganisationDetails details, Actor founder, Instant now) {
        Organisation organisation = new Organisation();
        organisation.createdAt = now;
        organisation.revise(details, now);
        organisation.members.add(new OrganisationMember(organisation, founder, MemberRole.OWNER, now));
        return organisation;
    }

    public void revise(OrganisationDetails details, Instant now) {
        OrganisationDetails d = details.normalised();
        nameZhTw = d.nameZhTw();
        nameEn = d.nameEn();
        type = d.type();
        businessNumber = d.businessNumber();
        address = d.address();
        rorId = d.rorId();
        updatedAt = now;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(nameZhTw, nameEn, type, businessNumber, address, rorId);
    }

    /** The person's role here, if they are a member. */
    public Optional<MemberRole> roleOf(String subject) {
        return subject == null ? Optional.empty()
                : members.stream().filter(m -> m.subject().equals(subject)).map(OrganisationMember::role).findFirst();
    }

    public Optional<OrganisationMember> member(long memberId) {
        return members.stream().filter(m -> m.id() != null && m.id() == memberId).findFirst();
    }

    /** Whether the member is the only owner, who may neither leave nor stop being an owner. */
    public boolean isLastOwner(OrganisationMember member) {
        return member.role() == MemberRole.OWNER && members.stream().filter(m -> m.role() == MemberRole.OWNER).count() == 1;
    }

    public Invitation invite(String email, MemberRole role, String token, Actor inviter, Instant now) {
        Invitation invitation = new Invitation(this, email, role, token, inviter, now, now.plus(INVITATION_VALIDITY));
        invitations.add(invitation);
        return invitation;
    }

    /** The person accepts the invitation and becomes a member with the role it offers. */
    public OrganisationMember admit(Invitation invitation, Actor person, Instant now) {
        if (invitation.organisation() != this) {
            throw new IllegalArgumentException("invitation " + invitation.id() + " is not for organisation " + id);
        }
        if (roleOf(person.subject()).isPresent()) {
            throw new IllegalStateException(person.subject() + " is already a member of organisation " + id);
        }
        invitation.accept(person.subject(), now);
        OrganisationMember member = new OrganisationMember(this, person, invitation.role(), now);
        members.add(member);
        return member;
    }

    public void changeRole(OrganisationMember member, MemberRole role, Instant now) {
        if (role != MemberRole.OWNER && isLastOwner(member)) {
            throw new IllegalStateException("the last owner of organisation " + id + " must stay an owner");
        }
        member.changeRole(role);
        updatedAt = now;
    }

    public void remove(OrganisationMember member, Instant now) {
        if (isLastOwner(member)) {
            throw new IllegalStateException("the last owner of organisation " + id + " cannot be removed");
        }
        members.remove(member);
        updatedAt = now;
    }

    public void revoke(Invitation invitation, Instant now) {
        invitation.revoke(now);
    }

    public Optional<Invitation> invitation(long invitationId) {
        return invitations.stream().filter(i -> i.id() != null && i.id() == invitationId).findFirst();
    }

    /** Invitations that can still be accepted, the newest first. */
    public List<Invitation> pendingInvitations(Instant now) {
        return invitations.stream().filter(i -> i.state(now) == InvitationState.PENDING)
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
    }

    public Long id() { return id; }
    public String nameZhTw() { return nameZhTw; }
    public String nameEn() { return nameEn; }
    public OrganisationType type() { return type; }
    public String businessNumber() { return businessNumber; }
    public String address() { return address; }
    public String rorId() { return rorId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<OrganisationMember> members() { return List.copyOf(members); }
    public List<Invitation> invitations() { return List.copyOf(invitations); }
}
