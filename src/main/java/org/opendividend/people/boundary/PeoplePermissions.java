package org.opendividend.people.boundary;

import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

/** Who may see person profiles. */
public final class PeoplePermissions {

    private PeoplePermissions() {
    }

    public static Decision canListPeople(Caller caller) {
        return caller.has(Role.FUND_ADMIN) ? Decision.allow() : Decision.deny("denied.fundAdminOnly");
    }
}
