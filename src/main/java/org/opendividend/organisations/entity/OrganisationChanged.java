package org.opendividend.organisations.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/**
 * An organisation was created or updated, or its membership changed: {@code action} says which.
 * Invitations sent are {@link MemberInvited}.
 */
public record OrganisationChanged(Actor actor, long organisationId, OrganisationChange action, String summary) implements DomainEvent {

    @Override
    public String objectType() {
        return "Organisation";
    }

    @Override
    public String objectId() {
        return Long.toString(organisationId);
    }
}
