package org.opendividend.people.entity;

import org.opendividend.platform.events.Actor;

/** A person logged in for the first time and got a profile; whether their e-mail address was verified then. */
public record PersonRegistered(Actor actor, String subject, String roles, String ministries, boolean emailVerified)
        implements PersonEvent {

    @Override
    public PersonChange action() {
        return PersonChange.REGISTERED;
    }

    @Override
    public String summary() {
        return "profile created for " + actor.displayName() + "; roles [" + roles + "]; ministries [" + ministries + "]"
                + (emailVerified ? "; e-mail address verified" : "; e-mail address not verified");
    }
}
