package org.opendividend.people.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {

    private static final Instant FIRST = Instant.parse("2025-03-01T01:00:00Z");
    private static final Instant LATER = Instant.parse("2025-03-08T09:30:00Z");

    private static Caller caller(String displayName, String email, Set<Role> roles, String... ministries) {
        return new Caller("sub-1", "officer.moc", displayName, email, true, roles, new TreeSet<>(List.of(ministries)));
    }

    private static Caller original() {
        return caller("林怡君", "yi-jun@moc.example", EnumSet.of(Role.OFFICER), "moc");
    }

    @Test
    void firstSeenCopiesTheIdentity() {
        Person person = Person.firstSeen(original(), FIRST);
        assertNull(person.id(), "assigned by the database");
        assertEquals("sub-1", person.subject());
        assertEquals("officer.moc", person.username());
        assertEquals("林怡君", person.displayName());
        assertEquals("yi-jun@moc.example", person.email());
        assertEquals(Set.of("officer"), person.roles(), "stored by realm role name");
        assertEquals(Set.of("moc"), person.ministries());
        assertEquals(FIRST, person.firstLoginAt());
        assertEquals(FIRST, person.lastLoginAt());
    }

    @Test
    void unchangedIdentityReportsNothingButMovesTheLastLogin() {
        Person person = Person.firstSeen(original(), FIRST);
        List<String> changed = person.updateFrom(original(), LATER);
        assertEquals(List.of(), changed);
        assertEquals(LATER, person.lastLoginAt());
        assertEquals(FIRST, person.firstLoginAt(), "the first login stays");
    }

    /** Mail follows the language the person uses the application in; the fund's default until they show one. */
    @Test
    void theLanguageSpokenIsRecordedAndOnlyAChangeIsReported() {
        Person person = Person.firstSeen(original(), FIRST);
        assertEquals(Locale.TAIWAN, person.preferredLanguage(), "zh-TW until the person shows another");
        assertFalse(person.speaks(Locale.TAIWAN));
        assertTrue(person.speaks(Locale.forLanguageTag("en-GB")), "any English is English");
        assertEquals(Locale.ENGLISH, person.preferredLanguage());
        assertFalse(person.speaks(Locale.ENGLISH), "the same again is no change");
        assertTrue(person.speaks(Locale.forLanguageTag("zh-Hant-TW")));
        assertEquals(Locale.TAIWAN, person.preferredLanguage());
    }

    /** Issue #8, item 16: mail goes to verified addresses only, so the profile keeps whether the address is verified. */
    @Test
    void theAddressIsVerifiedOnlyWhenTheIdentityProviderSaysSo() {
        Caller unverified = new Caller("sub-1", "applicant", "林雅琪", "ya-chi@example.org", false,
                EnumSet.of(Role.APPLICANT), new TreeSet<>());
        Person person = Person.firstSeen(unverified, FIRST);
        assertFalse(person.emailVerified());
        assertTrue(person.verifiedEmail().isEmpty());

        Caller verified = new Caller("sub-1", "applicant", "林雅琪", "ya-chi@example.org", true,
                EnumSet.of(Role.APPLICANT), new TreeSet<>());
        assertEquals(List.of("emailVerified"), person.updateFrom(verified, LATER));
        assertTrue(person.emailVerified());
        assertEquals("ya-chi@example.org", person.verifiedEmail().orElseThrow());
    }

    @Test
    void changedDisplayNameIsReported() {
        Person person = Person.firstSeen(original(), FIRST);
        assertEquals(List.of("displayName"), person.updateFrom(
                caller("林宜君", "yi-jun@moc.example", EnumSet.of(Role.OFFICER), "moc"), LATER));
        assertEquals("林宜君", person.displayName());
    }

    @Test
    void changedEmailIsReported() {
        Person person = Person.firstSeen(original(), FIRST);
        assertEquals(List.of("email"), person.updateFrom(
                caller("林怡君", "lin@moc.example", EnumSet.of(Role.OFFICER), "moc"), LATER));
        assertEquals("lin@moc.example", person.email());
    }

    @Test
    void removedEmailIsReported() {
        Person person = Person.firstSeen(original(), FIRST);
        assertEquals(List.of("email"), person.updateFrom(
                caller("林怡君", null, EnumSet.of(Role.OFFICER), "moc"), LATER));
        assertNull(person.email());
    }

    @Test
    void changedRolesAreReported() {
        Person person = Person.firstSeen(original(), FIRST);
        assertEquals(List.of("roles"), person.updateFrom(
                caller("林怡君", "yi-jun@moc.example", EnumSet.of(Role.OFFICER, Role.APPLICANT), "moc"), LATER));
        assertEquals(Set.of("officer", "applicant"), person.roles());
    }

    @Test
    void changedMinistriesAreReported() {
        Person person = Person.firstSeen(original(), FIRST);
        assertEquals(List.of("ministries"), person.updateFrom(
                caller("林怡君", "yi-jun@moc.example", EnumSet.of(Role.OFFICER), "nstc"), LATER));
        assertEquals(Set.of("nstc"), person.ministries());
    }

    @Test
    void severalChangesAreEachReportedOnce() {
        Person person = Person.firstSeen(original(), FIRST);
        List<String> changed = person.updateFrom(
                caller("林宜君", "lin@moc.example", EnumSet.of(Role.APPROVER), "moc", "moda"), LATER);
        assertEquals(Set.of("displayName", "email", "roles", "ministries"), Set.copyOf(changed));
        assertEquals(4, changed.size(), "no field twice: " + changed);
        assertEquals(Set.of("approver"), person.roles());
        assertEquals(Set.of("moc", "moda"), person.ministries());
    }

    @Test
    void lostRolesAndMinistriesAreReportedAndRemoved() {
        Person person = Person.firstSeen(original(), FIRST);
        List<String> changed = person.updateFrom(caller("林怡君", "yi-jun@moc.example", EnumSet.noneOf(Role.class)),
                LATER);
        assertEquals(Set.of("roles", "ministries"), Set.copyOf(changed));
        assertEquals(2, changed.size(), changed.toString());
        assertEquals(Set.of(), person.roles());
        assertEquals(Set.of(), person.ministries());
    }

    @Test
    void secondUpdateWithTheSameIdentityReportsNothing() {
        Person person = Person.firstSeen(original(), FIRST);
        Caller changed = caller("林宜君", "lin@moc.example", EnumSet.of(Role.APPROVER), "moda");
        person.updateFrom(changed, LATER);
        assertEquals(List.of(), person.updateFrom(changed, LATER.plusSeconds(60)));
    }

    @Test
    void callerWithAnotherSubjectIsRefused() {
        Person person = Person.firstSeen(original(), FIRST);
        Caller someoneElse = new Caller("sub-2", "officer.moc", "林怡君", "yi-jun@moc.example", true,
                EnumSet.of(Role.FUND_ADMIN), new TreeSet<>(Set.of("moc")));
        assertThrows(IllegalArgumentException.class, () -> person.updateFrom(someoneElse, LATER));
        assertEquals(Set.of("officer"), person.roles(), "nothing was taken over");
        assertEquals(FIRST, person.lastLoginAt(), "no login was recorded");
    }

    /** The anonymous caller has another subject (none) and must be refused the same way, not with a NullPointerException. */
    @Test
    void anonymousCallerIsRefusedLikeAnyOtherSubject() {
        Person person = Person.firstSeen(original(), FIRST);
        assertThrows(IllegalArgumentException.class, () -> person.updateFrom(Caller.ANONYMOUS, LATER));
        assertEquals(FIRST, person.lastLoginAt());
    }

    @Test
    void returnedCollectionsAreCopies() {
        Person person = Person.firstSeen(original(), FIRST);
        assertThrows(UnsupportedOperationException.class, () -> person.roles().add("fund-admin"));
        assertThrows(UnsupportedOperationException.class, () -> person.ministries().add("nstc"));
        assertEquals(Set.of("officer"), person.roles());
    }
}
