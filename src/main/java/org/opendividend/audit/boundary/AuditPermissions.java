package org.opendividend.audit.boundary;

import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

/** Who may read and verify the audit log: the fund-admin, across ministries. */
public final class AuditPermissions {

    private AuditPermissions() {
    }

    public static Decision canVerify(Caller caller) {
        return caller.has(Role.FUND_ADMIN) ? Decision.allow() : Decision.deny("denied.fundAdminOnly");
    }

    public static Decision canReadLog(Caller caller) {
        return canVerify(caller);
    }
}
