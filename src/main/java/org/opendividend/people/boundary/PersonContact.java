package org.opendividend.people.boundary;

import org.opendividend.people.entity.Person;
import org.opendividend.platform.events.Notifiable;

import java.util.Locale;

/** How to reach a person, as other components read it from the profile: for mail, never for deciding anything. */
public record PersonContact(String subject, String displayName, String email, boolean emailVerified, Locale language) {

    /**
     * The person as a mail's recipient, in the language they last used the application in (a notice to an unverified
     * address is held until it is verified).
     */
    public Notifiable.Recipient recipient() {
        return new Notifiable.Recipient(email, displayName, language, subject, emailVerified);
    }

    static PersonContact of(Person p) {
        return new PersonContact(p.subject(), p.displayName(), p.email(), p.emailVerified(), p.preferredLanguage());
    }
}
