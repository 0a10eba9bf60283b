package org.opendividend.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.security.Sha256;

import java.time.Instant;

/**
 * An owner's invitation to join the organisation with a role, sent by e-mail as a link carrying an unguessable
 * token. The person whose login has the address it was sent to may accept it, once, before it expires, unless an
 * owner revoked it: a link forwarded, leaked or seen over a shoulder lets nobody else in. Only the token's SHA-256 is
 * stored; the token itself exists in the mail and, for the request that issued it, in {@link #issuedToken()}.
 */
@Entity
@Table(name = "organisation_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    /** The token of the link, known only to the request that issued it (never stored). */
    @Transient
    private String issuedToken;

    @Column(nullable = false)
    private String inviterSubject;

    @Column(nullable = false)
    private String inviterName;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant acceptedAt;

    private String acceptedBySubject;

    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(Organisation organisation, String email, MemberRole role, String token, Actor inviter, Instant createdAt,
               Instant expiresAt) {
        this.organisation = organisation;
        this.email = email;
        this.role = role;
        this.tokenHash = hashOf(token);
        this.issuedToken = token;
        this.inviterSubject = inviter.subject();
        this.inviterName = inviter.displayName();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** What is stored of a token, and what a link's token is looked up by. */
    public static String hashOf(String token) {
        return Sha256.hex(token);
    }

    /** Accepted and revoked are final; otherwise pending until the instant it expires. */
    public InvitationState state(Instant now) {
        if (acceptedAt != null) {
            return InvitationState.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationState.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationState.PENDING : InvitationState.EXPIRED;
    }

    void accept(String subject, Instant now) {
        requirePending(now);
        acceptedAt = now;
        acceptedBySubject = subject;
    }

    void revoke(Instant now) {
        requirePending(now);
        revokedAt = now;
    }

    private void requirePending(Instant now) {
        InvitationState state = state(now);
        if (state != InvitationState.PENDING) {
            throw new IllegalStateException("invitation " + id + " is " + state);
        }
    }

    public Long id() { return id; }
    public Organisation organisation() { return organisation; }
    public String email() { return email; }
    public MemberRole role() { return role; }
    /** The link's token where this invitation was just issued; {@code null} once read back from the database. */
    public String issuedToken() { return issuedToken; }
    public String inviterSubject() { return inviterSubject; }
    public String inviterName() { return inviterName; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public String acceptedBySubject() { return acceptedBySubject; }
    public Instant revokedAt() { return revokedAt; }
}
