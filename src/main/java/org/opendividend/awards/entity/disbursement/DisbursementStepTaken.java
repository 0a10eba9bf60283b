package org.opendividend.awards.entity.disbursement;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A step of a disbursement was taken ({@link DisbursementAction}): requested, checked, approved, paid, returned.
 * Audited under the award's number, the tranche and the paying ministry.
 *
 * @param detail  what the audit line adds (the amount, a payment reference, a reason), possibly empty
 * @param notices the mails that tell the people whose turn it is now (the grantee, the paying ministry's staff)
 */
public record DisbursementStepTaken(Actor actor, long awardId, String awardNumber, int tranchePosition,
                                    String ministryCode, long disbursementId, DisbursementAction action,
                                    String detail, List<Notice> notices) implements Notifiable {

    public DisbursementStepTaken {
        Objects.requireNonNull(action);
        Objects.requireNonNull(awardNumber);
        detail = detail == null ? "" : detail;
        notices = List.copyOf(notices);
    }

    @Override
    public String objectType() {
        return "Disbursement";
    }

    @Override
    public String objectId() {
        return awardNumber + "/" + (tranchePosition + 1) + "/" + ministryCode;
    }

    @Override
    public String summary() {
        return "tranche " + (tranchePosition + 1) + " of award " + awardNumber + ", share of " + ministryCode + ": "
                + action.name().toLowerCase(Locale.ROOT) + (detail.isEmpty() ? "" : ", " + detail);
    }
}
