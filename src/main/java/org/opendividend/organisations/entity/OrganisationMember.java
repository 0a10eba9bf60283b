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
import jakarta.persistence.Version;
import org.opendividend.platform.events.Actor;

import java.time.Instant;

/** A person's membership of an organisation, keyed by the identity provider's subject, with their role. */
@Entity
public class OrganisationMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(nullable = false)
    private Instant joinedAt;

    @Version
    private long version;

    protected OrganisationMember() {
    }

    OrganisationMember(Organisation organisation, Actor person, MemberRole role, Instant joinedAt) {
        if (person.subject() == null) {
            throw new IllegalArgumentException("only a person can be a member");
        }
        this.organisation = organisation;
        this.subject = person.subject();
        this.displayName = person.displayName();
        this.role = role;
        this.joinedAt = joinedAt;
    }

    void changeRole(MemberRole role) {
        this.role = role;
    }

    public Long id() { return id; }
    public Organisation organisation() { return organisation; }
    public String subject() { return subject; }
    public String displayName() { return displayName; }
    public MemberRole role() { return role; }
    public Instant joinedAt() { return joinedAt; }
}
