package org.opendividend.calls.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.events.DomainEvent;

/**
 * A call was created, revised, published, opened, closed, extended…: {@code action} says which, a {@link CallChange}
 * or the workflow's {@link CallAction}.
 */
public record CallChanged(Actor actor, long callId, AuditedAction action, String summary) implements DomainEvent {

    @Override
    public String objectType() {
        return "Call";
    }

    @Override
    public String objectId() {
        return Long.toString(callId);
    }
}
