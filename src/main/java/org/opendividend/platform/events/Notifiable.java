package org.opendividend.platform.events;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A domain event that someone should hear about by e-mail. A business component's event implements this in
 * addition to firing it as usual; the {@code notifications} component observes it and mails each {@link Notice}
 * after the transaction commits. The event says only to whom and which texts: the mail is composed from the
 * message bundles ({@code mail.*} keys) in the recipient's language by {@code notifications}, never by the
 * component, which therefore never calls mail code.
 * <p>
 * Example: {@code record MemberInvited(Actor actor, ...) implements OrganisationEvent, Notifiable} returning
 * {@code List.of(new Notice(new Recipient(email, name, Languages.ZH_TW), "mail.memberInvited.subject",
 * "mail.memberInvited.body", List.of(organisationName, URI.create(link))))}.
 */
public interface Notifiable extends DomainEvent {

    /** The mails to send for this event; empty when nobody needs to hear about it. */
    List<Notice> notices();

    /**
     * Who receives a notice.
     *
     * @param address  e-mail address
     * @param name     display name, used in the greeting and the {@code To} header
     * @param language the recipient's preferred language; anything but English means Traditional Chinese (zh-TW)
     */
    record Recipient(String address, String name, Locale language) {
        public Recipient {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
        }
    }

    /**
     * One mail: message-bundle keys of the subject and the body, and the arguments {@code {0}}, {@code {1}}, ...
     * of both. An argument is shown as follows: a {@link org.opendividend.platform.validation.Translatable} is itself
     * a bundle key, translated into the recipient's language; a {@link URI} becomes a link; a
     * {@link java.time.Instant} is shown in Taipei time; a number is formatted for the recipient's language; anything
     * else as its text, which may come from users and is therefore always escaped in the HTML part. No argument may
     * be {@code null}.
     */
    record Notice(Recipient to, String subjectKey, String bodyKey, List<Object> arguments) {
        public Notice {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subjectKey, "subjectKey");
            Objects.requireNonNull(bodyKey, "bodyKey");
            arguments = List.copyOf(arguments);
        }
    }
}
