package org.opendividend.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.control.AuditCheckpoints;
import org.opendividend.audit.control.CheckpointState;
import org.opendividend.audit.control.ChainVerification;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.audit.entity.Checkpoint;
import org.opendividend.platform.identity.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit log as the fund-admin sees it: the latest entries, the whole log for an export, the verification of the
 * whole chain, and its signed checkpoints.
 */
@ApplicationScoped
public class AuditFacade {

    @Inject
    AuditChain chain;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public Instant now() {
        return clock.instant();
    }

    public ChainVerification verify() {
        AuditPermissions.canVerify(currentUser.caller()).orThrow();
        return chain.verify();
    }

    /** Signs the chain's end now, besides the daily checkpoint; empty while the chain is empty. */
    public Optional<Checkpoint> checkpointNow() {
        AuditPermissions.canVerify(currentUser.caller()).orThrow();
        return checkpoints.write();
    }

    /** The last checkpoint and whether the chain still matches it. */
    public CheckpointState lastCheckpoint() {
        AuditPermissions.canReadLog(currentUser.caller()).orThrow();
        return checkpoints.last();
    }

    /** How many entries the log holds: what an export of it holds. */
    public long count() {
        AuditPermissions.canReadLog(currentUser.caller()).orThrow();
        return chain.count();
    }

    /** Every entry, the latest first, for an export; the same permission as reading the log on the page. */
    public long eachEntry(Consumer<AuditEntry> sink) {
        AuditPermissions.canReadLog(currentUser.caller()).orThrow();
        return chain.each(sink);
    }

    public List<AuditEntry> latest(int max) {
        AuditPermissions.canReadLog(currentUser.caller()).orThrow();
        return chain.latest(Math.max(1, Math.min(max, 500)));
    }
}
