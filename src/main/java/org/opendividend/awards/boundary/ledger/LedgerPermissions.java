package org.opendividend.awards.boundary.ledger;

import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who reads a ministry's books: its finance users, and only theirs (a finance user of another ministry is refused,
 * whatever the address says). {@link Books} enforces it; the ledger page offers only what it allows.
 */
public final class LedgerPermissions {

    static final String NOT_FINANCE = "denied.ledger.notFinance";

    private LedgerPermissions() {
    }

    public static Decision canRead(Caller caller, String ministryCode) {
        return caller.actsFor(Role.FINANCE, ministryCode) ? Decision.allow() : Decision.deny(NOT_FINANCE);
    }

    /** The ministries whose books the caller reads, in the order of their codes. */
    public static Set<String> readable(Caller caller) {
        return caller.has(Role.FINANCE) ? new TreeSet<>(caller.ministries()) : Set.of();
    }
}
