package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/** An applicant answered the reviewers' comments to them in the call's response window: audited under the application. */
public record ApplicantResponded(Actor actor, long applicationId, long callId, int words) implements DomainEvent {

    @Override
    public String objectType() {
        return "Application";
    }

    @Override
    public String objectId() {
        return Long.toString(applicationId);
    }

    @Override
    public ResponseAction action() {
        return ResponseAction.APPLICANT_RESPONDED;
    }

    @Override
    public String summary() {
        return "answered the reviewers' comments in call " + callId + "'s response window, " + words + " word(s)";
    }
}
