package org.opendividend.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A person known to the fund, keyed by the identity provider's subject. */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String subject;

    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    /** Whether the identity provider verified {@link #email} as this person's (the ID token's email_verified). */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "first_login_at", nullable = false)
    private Instant firstLoginAt;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_ministry", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "ministry_code")
    private Set<String> ministries = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role_name")
    private Set<String> roles = new TreeSet<>();

    /** The language tag the person last used the application in (zh-TW or en); mail to them is written in it. */
    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = Languages.ZH_TW.toLanguageTag();

    @Version
    private long version;

    protected Person() {
    }

    /** A person seen for the first time, at their first login. */
    public static Person firstSeen(Caller caller, Instant now) {
        Person person = new Person();
        person.subject = caller.subject();
        person.firstLoginAt = now;
        person.updateFrom(caller, now);
        return person;
    }

    /**
     * Takes over what the identity provider says now and records the login.
     *
     * @return the names of the fields whose values changed (empty when only the login time moved)
     */
    public List<String> updateFrom(Caller caller, Instant now) {
        if (!Objects.equals(caller.subject(), subject)) {
            throw new IllegalArgumentException("profile of " + subject + " cannot take the identity of another subject");
        }
        List<String> changed = new ArrayList<>();
        username = track("username", username, caller.username(), changed);
        displayName = track("displayName", displayName, caller.displayName(), changed);
        email = track("email", email, caller.email(), changed);
        if (emailVerified != caller.emailVerified()) {
            changed.add("emailVerified");
            emailVerified = caller.emailVerified();
        }
        Set<String> roleNames = new TreeSet<>();
        caller.roles().stream().map(Role::roleName).forEach(roleNames::add);
        if (!roleNames.equals(roles)) {
            changed.add("roles");
            roles.clear();
            roles.addAll(roleNames);
        }
        if (!caller.ministries().equals(new TreeSet<>(ministries))) {
            changed.add("ministries");
            ministries.clear();
            ministries.addAll(caller.ministries());
        }
        lastLoginAt = now;
        return changed;
    }

    /**
     * The language the person is using the application in now (the switch's choice, else their browser's).
     *
     * @return whether it differs from the one recorded before
     */
    public boolean speaks(Locale language) {
        String tag = Languages.of(language.toLanguageTag()).toLanguageTag();
        if (tag.equals(preferredLanguage)) {
            return false;
        }
        preferredLanguage = tag;
        return true;
    }

    /** The language mail to this person is written in. */
    public Locale preferredLanguage() {
        return Languages.of(preferredLanguage);
    }

    private static String track(String field, String old, String now, List<String> changed) {
        if (!Objects.equals(old, now)) {
            changed.add(field);
        }
        return now;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    /** The address mail may go to: known and verified; empty otherwise. */
    public Optional<String> verifiedEmail() {
        return emailVerified && email != null && !email.isBlank() ? Optional.of(email) : Optional.empty();
    }

    public Instant firstLoginAt() {
        return firstLoginAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Set<String> ministries() {
        return Set.copyOf(ministries);
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }
}
