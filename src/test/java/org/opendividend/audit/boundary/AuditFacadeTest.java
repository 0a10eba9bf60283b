package org.opendividend.audit.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The audit log's export and count are the fund-admin's, whoever posts the button: the facade decides. */
class AuditFacadeTest {

    /** A chain that counts what it was asked, so that a refusal is seen to come before any reading. */
    static final class CountingChain extends AuditChain {
        int reads;

        @Override
        public long each(Consumer<AuditEntry> sink) {
            reads++;
            return 0;
        }

        @Override
        public long count() {
            reads++;
            return 0;
        }
    }

    private static AuditFacade facade(CountingChain chain, Set<Role> roles, String... ministries) {
        Caller caller = new Caller("sub", "someone", "某人", null, false, roles, new TreeSet<>(List.of(ministries)));
        AuditFacade facade = new AuditFacade();
        facade.chain = chain;
        facade.currentUser = new CurrentUser() {
            @Override
            public Caller caller() {
                return caller;
            }
        };
        return facade;
    }

    @Test
    void anOfficerIsRefusedTheExportAndTheCountBeforeAnythingIsRead() {
        CountingChain chain = new CountingChain();
        AuditFacade officer = facade(chain, Set.of(Role.OFFICER, Role.APPROVER), "moc");
        List<AuditEntry> got = new ArrayList<>();
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> officer.eachEntry(got::add));
        assertEquals("denied.fundAdminOnly", refused.reasonKey());
        assertThrows(AccessDeniedException.class, officer::count);
        assertEquals(0, chain.reads, "nothing read for a refused caller");
    }

    @Test
    void theFundAdminGetsTheWholeLog() {
        CountingChain chain = new CountingChain();
        AuditFacade admin = facade(chain, Set.of(Role.FUND_ADMIN));
        admin.eachEntry(e -> { });
        admin.count();
        assertEquals(2, chain.reads);
    }
}
