package org.opendividend.platform.events;

/**
 * A person's e-mail address became verified (the identity provider said so at their login). The notifications
 * component observes it to send the mails it held for that person at that address.
 */
public interface AddressVerified extends DomainEvent {

    /** The person, by the identity provider's subject. */
    String subject();

    /** The address now verified as theirs. */
    String address();
}
