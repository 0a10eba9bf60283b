package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;

/** A reviewer declined an invitation into a pool, with a reason the pool's officers read on the pool's page. Audited. */
public record ReviewerInvitationDeclined(Actor actor, long memberId, String ministry, Long callId, String reason)
        implements PoolMemberEvent {

    @Override
    public ReviewerChange action() {
        return ReviewerChange.INVITATION_DECLINED;
    }

    @Override
    public String summary() {
        return "declined " + poolInLog() + ": " + reason;
    }
}
