package org.opendividend.people.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.AddressVerified;

/** A person logged in with an e-mail address the identity provider verified, for the first time with that address. */
public record PersonAddressVerified(Actor actor, String subject, String address) implements PersonEvent, AddressVerified {

    @Override
    public String action() {
        return "ADDRESS_VERIFIED";
    }

    @Override
    public String summary() {
        return "e-mail address " + address + " verified";
    }
}
