package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A call's funding decision was taken, and one application's organisation is told its outcome: funded with the amount
 * in whole TWD, on the reserve list, or not funded, with a link to the application, where the comments the reviewers
 * meant for the applicant are shown. Fired once per application of the decision, in the transaction that took it (the
 * decision is taken once: its table has one row into "decided"); audited under the application and mailed to the
 * members of the organisation whose address is known from their login.
 *
 * @param projectTitle the application's titles, for the mail
 * @param callTitle    the call's titles, for the mail
 * @param applicants   who is told
 * @param link         the application's page
 */
public record OutcomeAnnounced(Actor actor, long callId, long applicationId, DecisionOutcome outcome, long amount,
                               String projectTitle, String callTitle, List<Recipient> applicants, URI link)
        implements Notifiable {

    public OutcomeAnnounced {
        Objects.requireNonNull(outcome);
        applicants = List.copyOf(applicants);
    }

    /** The keys of the mail's subject and body for an outcome. */
    public static String subjectKey(DecisionOutcome outcome) {
        return "mail.outcome." + outcome.name() + ".subject";
    }

    public static String bodyKey(DecisionOutcome outcome) {
        return "mail.outcome." + outcome.name() + ".body";
    }

    @Override
    public List<Notice> notices() {
        return applicants.stream().map(to -> new Notice(to, subjectKey(outcome), bodyKey(outcome),
                List.<Object>of(projectTitle, link, callTitle, amount))).toList();
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
    public AnnouncementAction action() {
        return AnnouncementAction.OUTCOME_ANNOUNCED;
    }

    @Override
    public String summary() {
        return "funding decision of call " + callId + ": " + outcome
                + (outcome == DecisionOutcome.FUND ? " " + amount + " TWD" : "") + ", told " + applicants.size()
                + " member(s)";
    }
}
