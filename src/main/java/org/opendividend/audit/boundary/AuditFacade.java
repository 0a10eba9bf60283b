package org.opendividend.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.control.ChainVerification;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.platform.identity.CurrentUser;

import java.util.List;

/** The audit log as the fund-admin sees it: the latest entries and the verification of the whole chain. */
@ApplicationScoped
public class AuditFacade {

    @Inject
    AuditChain chain;

    @Inject
    CurrentUser currentUser;

    public ChainVerification verify() {
        AuditPermissions.canVerify(currentUser.caller()).orThrow();
        return chain.verify();
    }

    public List<AuditEntry> latest(int max) {
        AuditPermissions.canReadLog(currentUser.caller()).orThrow();
        return chain.latest(Math.max(1, Math.min(max, 500)));
    }
}
