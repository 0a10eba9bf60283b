package org.opendividend.people.entity;

import org.opendividend.platform.events.Actor;

/** A person logged in for the first time and got a profile. */
public record PersonRegistered(Actor actor, String subject, String roles, String ministries) implements PersonEvent {

    @Override
    public String action() {
        return "REGISTERED";
    }

    @Override
    public String summary() {
        return "profile created for " + actor.displayName() + "; roles [" + roles + "]; ministries [" + ministries + "]";
    }
}
