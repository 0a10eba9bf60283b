package org.opendividend.review.entity;

import org.opendividend.platform.events.DomainEvent;

/** Something an officer did to a call's assignments as a whole (a run, a mailing): the audit log files it under the call. */
public interface CallAssignmentEvent extends DomainEvent {

    long callId();

    @Override
    default String objectType() {
        return "Call";
    }

    @Override
    default String objectId() {
        return Long.toString(callId());
    }
}
