package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/** A reviewer saved their profile. Audited: the conflict-of-interest rules read what it says. */
public record ReviewerProfileChanged(Actor actor, String subject, long version) implements DomainEvent {

    @Override
    public String objectType() {
        return "ReviewerProfile";
    }

    @Override
    public String objectId() {
        return subject;
    }

    @Override
    public ReviewerChange action() {
        return ReviewerChange.REVIEWER_PROFILE_CHANGED;
    }

    @Override
    public String summary() {
        return "profile saved (version " + version + ")";
    }
}
