package org.opendividend.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.control.RefusalCoalescing;
import org.opendividend.audit.entity.AuditLogAction;
import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.platform.events.AccessRefused;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the refusals of logged-in people as entries of the chain ({@link AuditLogAction#ACCESS_REFUSED}), each in a
 * transaction of its own, repeated ones within a minute once ({@link RefusalCoalescing}). A failure to record is
 * logged and swallowed: the refusal is still answered as a refusal, never as a server error. Refusals are answered
 * after the facade's transaction has ended (by the mappers, the Faces handler, the filters), so the new transaction
 * never waits for a lock of the chain's head that its own request still holds.
 */
@ApplicationScoped
public class RefusalRecorder {

    private static final Logger LOG = Logger.getLogger(RefusalRecorder.class.getName());

    private final RefusalCoalescing coalescing = new RefusalCoalescing();

    @Inject
    AuditChain chain;

    @Inject
    Clock clock;

    void record(@Observes AccessRefused refusal) {
        Instant now = clock.instant();
        String key = String.join("\u0000", refusal.actor().subject(), refusal.objectType(), refusal.objectId(),
                refusal.method(), refusal.reasonKey());
        if (!coalescing.first(key, now)) {
            return;
        }
        try {
            chain.appendAlone(new AuditRecord(now, refusal.actor().subject(), refusal.actor().displayName(),
                    refusal.objectType(), refusal.objectId(), AuditLogAction.ACCESS_REFUSED.name(),
                    refusal.method() + " refused: " + refusal.reasonKey()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the refusal " + refusal + " could not be audited", e);
        }
    }
}
