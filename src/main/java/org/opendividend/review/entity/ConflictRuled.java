package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/** An officer added or lifted a conflict of interest between a reviewer and an application: audited. */
public record ConflictRuled(Actor actor, long applicationId, long reviewerPersonId, ConflictRuling.Kind ruling,
                            ConflictSource source, String reason) implements DomainEvent {

    @Override
    public String objectType() {
        return "Application";
    }

    @Override
    public String objectId() {
        return Long.toString(applicationId);
    }

    @Override
    public ConflictChange action() {
        return ConflictChange.of(ruling);
    }

    @Override
    public String summary() {
        return (ruling == ConflictRuling.Kind.ADDED ? "conflict added" : "conflict lifted (" + source.name() + ")")
                + " for reviewer person " + reviewerPersonId + ": " + reason;
    }
}
