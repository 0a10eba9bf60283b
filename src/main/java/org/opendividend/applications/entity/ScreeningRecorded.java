package org.opendividend.applications.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

import java.time.Instant;

/**
 * An officer screened a submitted application: eligible, ineligible (with the reason) or more information requested
 * (on the named sections until an instant). Audited; nobody is mailed yet, since the application keeps no e-mail
 * address of its applicants.
 */
public record ScreeningRecorded(Actor actor, long applicationId, long callId, ScreeningOutcome outcome, String reason,
                                String sections, Instant until) implements DomainEvent {

    @Override
    public String objectType() {
        return "Application";
    }

    @Override
    public String objectId() {
        return Long.toString(applicationId);
    }

    @Override
    public String action() {
        return "SCREENED_" + outcome.name();
    }

    @Override
    public String summary() {
        return switch (outcome) {
            case ELIGIBLE -> "eligible for call " + callId;
            case INELIGIBLE -> "ineligible for call " + callId + ": " + reason;
            case MORE_INFO -> "more information requested on " + sections + " until " + until
                    + (reason == null || reason.isBlank() ? "" : ": " + reason);
        };
    }
}
