package org.opendividend.review.control;

/**
 * A reviewer's account in the identity provider, as an invitation found or made it.
 *
 * @param subject       the account's id, which is the subject of the person's tokens
 * @param created       whether the invitation created it (a new person) or found it by its e-mail address
 * @param emailVerified whether the identity provider verified the address
 */
public record ReviewerAccount(String subject, String email, String displayName, boolean created,
                              boolean emailVerified) {
}
