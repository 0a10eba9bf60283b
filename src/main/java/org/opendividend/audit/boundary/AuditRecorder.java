package org.opendividend.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.platform.events.DomainEvent;

import java.time.Clock;

/**
 * Records every domain event of every business component. The observer is synchronous, so the entry is written in
 * the transaction of the change it describes: both commit, or neither does.
 */
@ApplicationScoped
public class AuditRecorder {

    @Inject
    AuditChain chain;

    @Inject
    Clock clock;

    void record(@Observes DomainEvent event) {
        chain.append(new AuditRecord(clock.instant(), event.actor().subject(), event.actor().displayName(),
                event.objectType(), event.objectId(), event.action().name(), event.summary()));
    }
}
