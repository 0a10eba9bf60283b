package org.opendividend.calls.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/** A call was created, revised, published, opened, closed, extended…: {@code action} says which. */
public record CallChanged(Actor actor, long callId, String action, String summary) implements DomainEvent {

    @Override
    public String objectType() {
        return "Call";
    }

    @Override
    public String objectId() {
        return Long.toString(callId);
    }
}
