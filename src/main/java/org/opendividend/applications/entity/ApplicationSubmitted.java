package org.opendividend.applications.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A version of an application was submitted and received a receipt number; the person who submitted it is sent a
 * confirmation with the receipt (when their e-mail address is known).
 */
public record ApplicationSubmitted(Actor actor, long applicationId, long callId, int versionNumber, String receiptNumber,
                                   Instant submittedAt, String projectTitle, String callTitle,
                                   Optional<Recipient> submitter) implements Notifiable {

    @Override
    public String objectType() {
        return "Application";
    }

    @Override
    public String objectId() {
        return Long.toString(applicationId);
    }

    @Override
    public ApplicationChange action() {
        return versionNumber == 1 ? ApplicationChange.SUBMITTED : ApplicationChange.RESUBMITTED;
    }

    @Override
    public String summary() {
        return "version " + versionNumber + " to call " + callId + ", receipt " + receiptNumber;
    }

    @Override
    public List<Notice> notices() {
        return submitter.map(to -> List.of(new Notice(to, "mail.applicationSubmitted.subject",
                "mail.applicationSubmitted.body", List.<Object>of(receiptNumber, projectTitle, callTitle, submittedAt))))
                .orElse(List.of());
    }
}
