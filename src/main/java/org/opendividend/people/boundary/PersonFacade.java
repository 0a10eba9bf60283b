package org.opendividend.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.people.entity.Person;
import org.opendividend.people.entity.PersonProfileChanged;
import org.opendividend.people.entity.PersonRegistered;
import org.opendividend.platform.events.AddressVerified;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keeps the fund's person profiles in step with the identity provider and lists them for the fund-admin. */
@ApplicationScoped
@Transactional
public class PersonFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Event<AddressVerified> verifiedAddresses;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Creates or updates the profile of the person who just logged in, and audits what changed. */
    public Person recordLogin(Caller caller) {
        return recordLogin(caller, null);
    }

    /**
     * As {@link #recordLogin(Caller)}, and the language the person is using the application in now, so that mail to
     * them is written in it; {@code null} keeps the one recorded (zh-TW for someone new).
     */
    public Person recordLogin(Caller caller, Locale language) {
        if (!caller.isAuthenticated()) {
            throw new IllegalArgumentException("only a logged-in person has a profile");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Person> known = bySubject(caller.subject());
        String roles = caller.roles().stream().map(Role::roleName).collect(Collectors.joining(", "));
        String ministries = String.join(", ", caller.ministries());
        if (known.isEmpty()) {
            Person person = Person.firstSeen(caller, now);
            if (language != null) {
                person.speaks(language);
            }
            em.persist(person);
            events.fire(new PersonRegistered(caller.actor(), caller.subject(), roles, ministries,
                    person.emailVerified()));
            announceVerifiedAddress(person);
            return person;
        }
        Person person = known.get();
        List<String> changed = new ArrayList<>(person.updateFrom(caller, now));
        if (language != null && person.speaks(language)) {
            changed.add("preferredLanguage");
        }
        if (!changed.isEmpty()) {
            events.fire(new PersonProfileChanged(caller.actor(), caller.subject(), changed, roles, ministries));
        }
        if (changed.contains("email") || changed.contains("emailVerified")) {
            announceVerifiedAddress(person);
        }
        return person;
    }

    /** A newly verified address is announced, so that mails held until it was verified go out. */
    private void announceVerifiedAddress(Person person) {
        person.verifiedEmail().ifPresent(address -> verifiedAddresses.fire(new AddressVerified(person.subject(), address)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Person> bySubject(String subject) {
        return em.createQuery("select p from Person p where p.subject = :subject", Person.class)
                .setParameter("subject", subject)
                .getResultList().stream().findFirst();
    }

    /** How to reach the people of these subjects whose profile has an address (other components mail them). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonContact> contacts(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.subject in :subjects and p.email is not null", Person.class)
                .setParameter("subjects", subjects)
                .getResultList().stream().filter(p -> !p.email().isBlank()).map(PersonContact::of).toList();
    }

    /** The people of these subjects as recipients of notices (see {@link #contacts}), for the components' mails. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notifiable.Recipient> recipients(Collection<String> subjects) {
        return contacts(subjects).stream().map(PersonContact::recipient).toList();
    }

    /**
     * How to reach the people who held a role in a ministry at their last login (the roles and ministries a login
     * recorded; someone whose role was taken away is no longer listed once they log in again), for the mails that tell
     * a ministry's staff of work waiting for them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonContact> staffContacts(Role role, String ministryCode) {
        return em.createQuery("select p from Person p where :role member of p.roles and :ministry member of p.ministries"
                        + " and p.email is not null order by p.id", Person.class)
                .setParameter("role", role.roleName()).setParameter("ministry", ministryCode)
                .getResultList().stream().filter(p -> !p.email().isBlank()).map(PersonContact::of).toList();
    }

    /** The display names of the people of these subjects, by subject (those without a name or address left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> displayNames(Collection<String> subjects) {
        return contacts(subjects).stream().filter(c -> c.displayName() != null)
                .collect(Collectors.toMap(PersonContact::subject, PersonContact::displayName, (a, b) -> a));
    }

    /**
     * The ids of the people of these subjects who have logged in, by subject (other components refer to people by id;
     * someone who never logged in has none yet).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> idsBySubject(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.subject, p.id from Person p where p.subject in :subjects", Object[].class)
                .setParameter("subjects", subjects).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    /** Whether a person with this id has logged in (others may refer to people by id only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isKnown(long personId) {
        return em.find(Person.class, personId) != null;
    }

    /** Everyone who has logged in, newest login first; for the fund-admin only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> people(int max) {
        PeoplePermissions.canListPeople(currentUser.caller()).orThrow();
        return em.createQuery("select p from Person p order by p.lastLoginAt desc", Person.class)
                .setMaxResults(max)
                .getResultList();
    }
}
