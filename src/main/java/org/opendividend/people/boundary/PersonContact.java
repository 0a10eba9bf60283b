package org.opendividend.people.boundary;

import org.opendividend.people.entity.Person;

/** How to reach a person, as other components read it from the profile: for mail, never for deciding anything. */
public record PersonContact(String subject, String displayName, String email, boolean emailVerified) {

    static PersonContact of(Person p) {
        return new PersonContact(p.subject(), p.displayName(), p.email(), p.emailVerified());
    }
}
