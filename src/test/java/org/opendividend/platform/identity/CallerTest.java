package org.opendividend.platform.identity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.events.Actor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    private static Caller caller(Set<Role> roles, String... ministries) {
        return new Caller("sub-1", "officer.moc", "林怡君", "officer@example.org", true, roles,
                new TreeSet<>(List.of(ministries)));
    }

    @Test
    void actsForNeedsTheRoleAndTheMinistry() {
        Caller officerOfMoc = caller(EnumSet.of(Role.OFFICER), "moc");
        assertTrue(officerOfMoc.actsFor(Role.OFFICER, "moc"));
        assertFalse(officerOfMoc.actsFor(Role.OFFICER, "nstc"), "role without the ministry");
        assertFalse(officerOfMoc.actsFor(Role.APPROVER, "moc"), "ministry without the role");
    }

    @Test
    void rolesAndMinistriesAreNotCombinedAcrossEachOther() {
        // an officer of moc who is also an applicant: not an officer of nstc, whatever else they are
        Caller person = caller(EnumSet.of(Role.OFFICER, Role.APPLICANT), "moc");
        assertTrue(person.actsFor(Role.APPLICANT, "moc"));
        assertFalse(person.actsFor(Role.OFFICER, "nstc"));
        assertTrue(person.has(Role.APPLICANT));
        assertFalse(person.has(Role.FUND_ADMIN));
    }

    @Test
    void noMinistryMeansActingForNone() {
        Caller admin = caller(EnumSet.of(Role.FUND_ADMIN));
        assertTrue(admin.has(Role.FUND_ADMIN));
        assertFalse(admin.actsFor(Role.FUND_ADMIN, "moc"));
    }

    @Test
    void anonymousIsNotAuthenticatedAndActsAsTheSystem() {
        assertFalse(Caller.ANONYMOUS.isAuthenticated());
        assertSame(Actor.SYSTEM, Caller.ANONYMOUS.actor());
        assertTrue(Caller.ANONYMOUS.roles().isEmpty());
        assertTrue(Caller.ANONYMOUS.ministries().isEmpty());
        for (Role role : Role.values()) {
            assertFalse(Caller.ANONYMOUS.has(role), role.name());
        }
    }

    @Test
    void authenticatedCallerActsAsThemselves() {
        Caller caller = caller(EnumSet.of(Role.REVIEWER));
        assertTrue(caller.isAuthenticated());
        assertEquals(new Actor("sub-1", "林怡君"), caller.actor());
    }

    @Test
    void collectionsAreCopiesNotViewsOfTheArguments() {
        Set<Role> roles = EnumSet.of(Role.OFFICER);
        SortedSet<String> ministries = new TreeSet<>(Set.of("moc"));
        Caller caller = new Caller("sub-1", "u", "n", null, false, roles, ministries);
        roles.add(Role.FUND_ADMIN);
        ministries.add("nstc");
        assertEquals(Set.of(Role.OFFICER), caller.roles());
        assertEquals(Set.of("moc"), caller.ministries());
    }

    @Test
    void collectionsCannotBeModified() {
        Caller caller = caller(EnumSet.of(Role.OFFICER), "moc");
        assertThrows(UnsupportedOperationException.class, () -> caller.roles().add(Role.FUND_ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> caller.ministries().add("nstc"));
        assertThrows(UnsupportedOperationException.class, () -> Caller.ANONYMOUS.roles().add(Role.FUND_ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> Caller.ANONYMOUS.ministries().add("moc"));
        assertFalse(caller.has(Role.FUND_ADMIN));
    }

    @Test
    void anyKindOfSetIsAccepted() {
        Caller caller = new Caller("s", "u", "n", null, false, Set.of(Role.FINANCE, Role.APPROVER), new TreeSet<>());
        assertEquals(Set.of(Role.FINANCE, Role.APPROVER), caller.roles());
        assertEquals(List.of(Role.APPROVER, Role.FINANCE), List.copyOf(caller.roles()),
                "roles come in menu order, the order of the enum, whatever order they were given in");
        Caller none = new Caller("s", "u", "n", null, false, Set.of(), new TreeSet<>());
        assertTrue(none.roles().isEmpty());
    }
}
