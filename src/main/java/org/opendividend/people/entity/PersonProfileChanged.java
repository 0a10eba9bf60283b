package org.opendividend.people.entity;

import org.opendividend.platform.events.Actor;

import java.util.List;

/** What the identity provider says of a person changed since their last login (name, e-mail, roles, ministries). */
public record PersonProfileChanged(Actor actor, String subject, List<String> changedFields, String roles,
                                   String ministries) implements PersonEvent {

    @Override
    public PersonChange action() {
        return PersonChange.PROFILE_CHANGED;
    }

    @Override
    public String summary() {
        return "changed " + String.join(", ", changedFields) + "; roles [" + roles + "]; ministries [" + ministries + "]";
    }
}
