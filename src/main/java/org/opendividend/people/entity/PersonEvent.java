package org.opendividend.people.entity;

import org.opendividend.platform.events.DomainEvent;

/** A change of a person's profile, filed in the audit log under the person's subject. */
public interface PersonEvent extends DomainEvent {

    String subject();

    @Override
    default String objectType() {
        return "Person";
    }

    @Override
    default String objectId() {
        return subject();
    }
}
