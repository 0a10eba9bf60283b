package org.opendividend.review.entity;

import org.opendividend.platform.events.DomainEvent;

/** Something that happened to one member of a reviewer pool: the audit log files it under that member. */
public interface PoolMemberEvent extends DomainEvent {

    long memberId();

    String ministry();

    /** The call whose pool it is; null for a ministry's own pool. */
    Long callId();

    @Override
    default String objectType() {
        return "ReviewerPoolMember";
    }

    @Override
    default String objectId() {
        return Long.toString(memberId());
    }

    /** The pool as the log's summary names it. */
    default String poolInLog() {
        return "the pool of " + ministry() + (callId() == null ? "" : ", call " + callId());
    }
}
