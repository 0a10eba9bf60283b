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
 * {@code List.of(new Notice(Recipient.invitee(email, Languages.ZH_TW), "mail.memberInvited.subject",
 * "mail.memberInvited.body", List.of(organisationName, URI.create(link))))}.
 */
public interface Notifiable extends DomainEvent {

    /** The mails to send for this event; empty when nobody needs to hear about it. */
    List<Notice> notices();

    /**
     * Who receives a notice. Mail goes only to an address its person verified with the identity provider; a notice to
     * a person whose address is not verified waits in the outbox until it is (see {@code notifications}).
     *
     * @param address         e-mail address
     * @param name            display name, used in the greeting and the {@code To} header
     * @param language        the recipient's preferred language; anything but English means Traditional Chinese (zh-TW)
     * @param subject         the person the address belongs to (the identity provider's subject); {@code null} only
     *                        for an {@link #invitee}
     * @param addressVerified whether the identity provider verified the address as that person's
     */
    record Recipient(String address, String name, Locale language, String subject, boolean addressVerified) {
        public Recipient {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
        }

        /**
         * Someone invited by address who has no account yet: nothing is known of them but the address an owner typed,
         * which the mail itself puts to the test (only its holder gets the link, and accepting needs the same address,
         * verified). Their name is the address.
         */
        public static Recipient invitee(String address, Locale language) {
            return new Recipient(address, address, language, null, false);
        }

        public boolean isInvitee() {
            return subject == null;
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
