package org.opendividend.applications.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/** An application was started, saved or withdrawn, or its attachments changed: {@code action} says which. */
public record ApplicationChanged(Actor actor, long applicationId, ApplicationChange action, String summary) implements DomainEvent {

    @Override
    public String objectType() {
        return "Application";
    }

    @Override
    public String objectId() {
        return Long.toString(applicationId);
    }
}
