package org.opendividend.outputs.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A step of an output obligation was taken ({@link ObligationAction}). Audited under the award's number and the
 * obligation's position ({@code 1008-1/2}, from 1). The steps the grantee must hear about are mailed to the members of
 * the award's organisation ({@code grantees}), each in their language: an officer verified the output or marked it
 * not compliant (with the reason: what to fix), or a re-check flagged a verified output (with what it found); the
 * other steps, which the grantee took or watched on the page, are mailed to nobody.
 *
 * @param detail   what the audit line adds (the address, the checks' verdicts, the officer's reason), possibly empty
 * @param title    the output's title, for the mail
 * @param grantees who is told (empty for the steps nobody is told of)
 * @param page     the award's outputs page, where the checks and the verdict are shown
 */
public record ObligationStepTaken(Actor actor, long awardId, String awardNumber, int position, long obligationId,
        ObligationAction action, String detail, String title, List<Recipient> grantees, URI page)
        implements Notifiable {

    public ObligationStepTaken {
        Objects.requireNonNull(action);
        Objects.requireNonNull(awardNumber);
        detail = detail == null ? "" : detail;
        title = title == null ? "" : title;
        grantees = grantees == null ? List.of() : List.copyOf(grantees);
    }

    /** Whether this step is mailed to the grantee's members. */
    public static boolean told(ObligationAction action) {
        return action == ObligationAction.VERIFY_OUTPUT || action == ObligationAction.MARK_NON_COMPLIANT
                || action == ObligationAction.FLAG_OUTPUT;
    }

    @Override
    public List<Notice> notices() {
        if (!told(action) || page == null) {
            return List.of();
        }
        String key = "mail.output." + action.name();
        return grantees.stream().map(to -> new Notice(to, key + ".subject", key + ".body",
                List.<Object>of(title, awardNumber, page, detail.isEmpty() ? "-" : detail))).toList();
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
