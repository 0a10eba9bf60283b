package org.opendividend.awards.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A step of an award offer was taken ({@link AwardAction}): offered, accepted, declined, withdrawn. Audited under the
 * award's number.
 *
 * @param detail  what the audit line adds (the application and amount offered, a reason), possibly empty
 * @param notices the mails that tell the people whose turn it is now (the grantee, the ministry's staff)
 */
public record AwardStepTaken(Actor actor, long callId, long awardId, String number, AwardAction action, String detail,
                             List<Notice> notices) implements Notifiable {

    public AwardStepTaken {
        Objects.requireNonNull(action);
        Objects.requireNonNull(number);
        detail = detail == null ? "" : detail;
        notices = List.copyOf(notices);
    }

    @Override
    public String objectType() {
        return "Award";
    }

    @Override
    public String objectId() {
        return number;
    }

    @Override
    public String summary() {
        return "award " + number + " of call " + callId + ": " + action.name().toLowerCase(Locale.ROOT)
                + (detail.isEmpty() ? "" : ", " + detail);
    }
}
