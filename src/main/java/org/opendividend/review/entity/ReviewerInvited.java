package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.validation.Translatable;

import java.net.URI;
import java.util.List;

/**
 * An officer invited a reviewer into a pool (their ministry's, or a call's). Audited, and mailed to the reviewer with
 * a link to log in; a new account is told how to set its password first.
 *
 * @param pool           the pool as the mail names it, in both languages (the ministry's name, or the call's titles)
 * @param accountCreated whether the invitation created the account (the person has no password yet)
 */
public record ReviewerInvited(Actor actor, long memberId, String ministry, Long callId, String pool,
                             Recipient reviewer, boolean accountCreated, URI login) implements Notifiable, PoolMemberEvent {

    @Override
    public List<Notice> notices() {
        Translatable firstStep = new Translatable(accountCreated ? "mail.reviewerInvited.newAccount"
                : "mail.reviewerInvited.existingAccount");
        return List.of(new Notice(reviewer, "mail.reviewerInvited.subject", "mail.reviewerInvited.body",
                List.of(actor.displayName(), pool, login, firstStep, reviewer.address())));
    }

    @Override
    public ReviewerChange action() {
        return ReviewerChange.REVIEWER_INVITED;
    }

    @Override
    public String summary() {
        return "reviewer " + reviewer.address() + (accountCreated ? " (new account)" : " (existing account)")
                + " invited to " + poolInLog();
    }
}
