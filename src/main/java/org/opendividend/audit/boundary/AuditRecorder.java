package org.opendividend.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.platform.events.DomainEvent;

import java.time.Clock;

/**
 * Records every domain event of every business component. The observer is synchronous, so the entry is written in
 * the transaction of the change it describes: both commit, or neither does. It is the event's last observer, and the
 * facades fire their events last, so that the chain's head is locked only for the append and the commit.
 */
@ApplicationScoped
public class AuditRecorder {

    @Inject
    AuditChain chain;

    @Inject
    Clock clock;

    // after every other observer of the event (the mail outbox's renders the notice): the append locks the chain's
    // head, which every audited transaction of every person waits for, so it is held only for the append and the commit
    void record(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) DomainEvent event) {
        chain.append(new AuditRecord(clock.instant(), event.actor().subject(), event.actor().displayName(),
                event.objectType(), event.objectId(), event.action().name(), event.summary()));
    }
}
