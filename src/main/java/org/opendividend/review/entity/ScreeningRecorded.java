package org.opendividend.review.entity;

import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An officer screened a submitted application: eligible, ineligible (with the reason) or more information requested
 * (on the named sections until an instant). Audited, and mailed to the members of the applying organisation whose
 * e-mail address is known from their login, with the reason and a link to the application.
 *
 * @param projectTitle the application's titles, for the mail
 * @param applicants   who is told (members with a known address)
 * @param link         the application in the wizard
 */
public record ScreeningRecorded(Actor actor, long applicationId, long callId, ScreeningOutcome outcome, String reason,
                                String sections, Instant until, String projectTitle, List<Recipient> applicants,
                                URI link) implements Notifiable {

    public ScreeningRecorded {
        applicants = List.copyOf(applicants);
    }

    @Override
    public List<Notice> notices() {
        String why = reason == null || reason.isBlank() ? "—" : reason;
        return applicants.stream().map(to -> switch (outcome) {
            case ELIGIBLE -> new Notice(to, "mail.screening.eligible.subject", "mail.screening.eligible.body",
                    List.<Object>of(projectTitle, link));
            case INELIGIBLE -> new Notice(to, "mail.screening.ineligible.subject", "mail.screening.ineligible.body",
                    List.<Object>of(projectTitle, link, why));
            case MORE_INFO -> new Notice(to, "mail.screening.moreInfo.subject", "mail.screening.moreInfo.body",
                    List.<Object>of(projectTitle, link, why, until));
        }).toList();
    }

    @Override
    public String objectType() {
        return "Application";
    }

    @Override
    public String objectId() {
        return Long.toString(applicationId);
    }

    @Override
    public ScreeningChange action() {
        return ScreeningChange.of(outcome);
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
