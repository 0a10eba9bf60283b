package org.opendividend.review.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opendividend.calls.entity.FocusArea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A reviewer's profile, one per person (their identity provider's subject), written by the reviewer alone. */
@Entity
@Table(name = "reviewer_profile")
public class ReviewerProfile {

    @Id
    @Column(name = "subject")
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ElementCollection
    @CollectionTable(name = "reviewer_focus_area", joinColumns = @JoinColumn(name = "subject"))
    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area")
    private Set<FocusArea> focusAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "reviewer_keyword", joinColumns = @JoinColumn(name = "subject"))
    @OrderColumn(name = "position")
    private List<Keyword> keywords = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reviewer_language", joinColumns = @JoinColumn(name = "subject"))
    @Column(name = "code")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "reviewer_affiliation", joinColumns = @JoinColumn(name = "subject"))
    @OrderColumn(name = "position")
    private List<Affiliation> affiliations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reviewer_email_domain", joinColumns = @JoinColumn(name = "subject"))
    @Column(name = "domain")
    private Set<String> emailDomains = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "reviewer_collaborator", joinColumns = @JoinColumn(name = "subject"))
    @Column(name = "orcid")
    private Set<String> collaborators = new HashSet<>();

    @Column(name = "available", nullable = false)
    private boolean available;

    @Column(name = "max_load_per_call", nullable = false)
    private int maxLoadPerCall;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReviewerProfile() {
    }

    /** A new reviewer's profile, with nothing said yet. */
    public static ReviewerProfile start(String subject, String displayName, Instant now) {
        ReviewerProfile profile = new ReviewerProfile();
        profile.subject = subject;
        profile.displayName = displayName;
        profile.change(ReviewerProfileContent.empty(), now);
        return profile;
    }

    /** Replaces what the reviewer says (the collections in place, as the persistence context holds them). */
    public void change(ReviewerProfileContent content, Instant now) {
        replace(focusAreas, content.focusAreas());
        replace(keywords, content.keywords());
        replace(languages, content.languages());
        replace(affiliations, content.affiliations());
        replace(emailDomains, content.emailDomains());
        replace(collaborators, content.collaborators());
        available = content.available();
        maxLoadPerCall = content.maxLoadPerCall();
        updatedAt = now;
    }

    /** The name the reviewer logged in with last. */
    public void rename(String name) {
        if (name != null && !name.isBlank()) {
            displayName = name;
        }
    }

    private static <T> void replace(Collection<T> held, Collection<T> written) {
        held.clear();
        held.addAll(written);
    }

    public ReviewerProfileContent content() {
        return new ReviewerProfileContent(focusAreas.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(focusAreas),
                keywords, languages, affiliations, emailDomains, collaborators, available, maxLoadPerCall);
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
