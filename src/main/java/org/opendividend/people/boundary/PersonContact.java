package org.opendividend.people.boundary;

import org.opendividend.people.entity.Person;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Languages;

/** How to reach a person, as other components read it from the profile: for mail, never for deciding anything. */
public record PersonContact(String subject, String displayName, String email, boolean emailVerified) {

    /** The person as a mail's recipient, in zh-TW (a notice to an unverified address is held until it is verified). */
    public Notifiable.Recipient recipient() {
        return new Notifiable.Recipient(email, displayName, Languages.ZH_TW, subject, emailVerified);
    }

    static PersonContact of(Person p) {
        return new PersonContact(p.subject(), p.displayName(), p.email(), p.emailVerified());
    }
}
