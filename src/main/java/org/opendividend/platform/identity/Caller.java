package org.opendividend.platform.identity;

import org.opendividend.platform.events.Actor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the application knows of the person behind a request: who they are, their roles and the ministries they
 * act for. Permission predicates decide on a caller and an object, never on a role alone.
 *
 * @param emailVerified whether the identity provider proved that {@code email} is the person's own (the ID token's
 *                      {@code email_verified}, see {@link EmailVerifiedClaim}): only then is mail sent to it and may
 *                      an invitation to it be accepted
 */
public record Caller(String subject, String username, String displayName, String email, boolean emailVerified,
                     Set<Role> roles, SortedSet<String> ministries) {

    public static final Caller ANONYMOUS = new Caller(null, null, "anonymous", null, false,
            EnumSet.noneOf(Role.class), new TreeSet<>());

    public Caller {
        roles = roles.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        ministries = Collections.unmodifiableSortedSet(new TreeSet<>(ministries));
    }

    public boolean isAuthenticated() {
        return subject != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the person holds the role on behalf of the given ministry. */
    public boolean actsFor(Role role, String ministryCode) {
        return ministryCode != null && has(role) && ministries.contains(ministryCode);
    }

    public Actor actor() {
        return isAuthenticated() ? new Actor(subject, displayName) : Actor.SYSTEM;
    }
}
