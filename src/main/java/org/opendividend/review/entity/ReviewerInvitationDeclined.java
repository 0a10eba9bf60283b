package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/** A reviewer declined an invitation into a pool, with a reason the pool's officers read on the pool's page. Audited. */
public record ReviewerInvitationDeclined(Actor actor, long memberId, String ministry, Long callId, String reason)
        implements DomainEvent {

    @Override
    public String objectType() {
        return "ReviewerPoolMember";
    }

    @Override
    public String objectId() {
        return Long.toString(memberId);
    }

    @Override
    public ReviewerChange action() {
        return ReviewerChange.INVITATION_DECLINED;
    }

    @Override
    public String summary() {
        return "declined the pool of " + ministry + (callId == null ? "" : ", call " + callId) + ": " + reason;
    }
}
