package org.opendividend.outputs.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

import java.util.Locale;
import java.util.Objects;

/**
 * A step of an output obligation was taken ({@link ObligationAction}). Audited under the award's number and the
 * obligation's position ({@code 1008-1/2}, from 1).
 *
 * @param detail what the audit line adds (the address, the checks' verdicts, the officer's reason), possibly empty
 */
public record ObligationStepTaken(Actor actor, long awardId, String awardNumber, int position, long obligationId,
        ObligationAction action, String detail) implements DomainEvent {

    public ObligationStepTaken {
        Objects.requireNonNull(action);
        Objects.requireNonNull(awardNumber);
        detail = detail == null ? "" : detail;
    }

    @Override
    public String objectType() {
        return "OutputObligation";
    }

    @Override
    public String objectId() {
        return awardNumber + "/" + (position + 1);
    }

    @Override
    public String summary() {
        return "output obligation " + objectId() + ": " + action.name().toLowerCase(Locale.ROOT)
                + (detail.isEmpty() ? "" : ", " + detail);
    }
}
