package org.opendividend.platform.events;

/**
 * A person logged in with an e-mail address the identity provider verified, for the first time with that address.
 * The notifications component observes it to send the mails it held for that person at that address. Not a
 * {@link DomainEvent} of its own: the audit log has it already in the person's REGISTERED or PROFILE_CHANGED entry.
 *
 * @param subject the person, by the identity provider's subject
 * @param address the address now verified as theirs
 */
public record AddressVerified(String subject, String address) {
}
