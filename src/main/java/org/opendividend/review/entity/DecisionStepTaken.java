package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

import java.util.Objects;

/**
 * A step of a call's funding decision was taken ({@link DecisionAction}): saved, proposed, sent back, approved, a
 * ministry's share confirmed or refused, the decision taken. Audited under the call, as a call has one decision.
 *
 * @param detail what the audit line adds to the step (the outcomes written, a reason, the ministry), possibly empty
 */
public record DecisionStepTaken(Actor actor, long callId, long decisionId, DecisionAction action, String detail)
        implements DomainEvent {

    public DecisionStepTaken {
        Objects.requireNonNull(action);
        detail = detail == null ? "" : detail;
    }

    @Override
    public String objectType() {
        return "Call";
    }

    @Override
    public String objectId() {
        return Long.toString(callId);
    }

    @Override
    public String summary() {
        return "funding decision " + decisionId + ": " + action.name().toLowerCase(java.util.Locale.ROOT)
                + (detail.isEmpty() ? "" : ", " + detail);
    }
}
