package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An officer mailed the reviewers of a call their new assignments: one mail per reviewer, listing the applications'
 * titles (never the applicants' names: a blind call hides them) and the review deadline, with a link to the reviewer's
 * area. Audited under the call; the notifications component mails it, escaping the titles.
 */
public record AssignmentsMailed(Actor actor, long callId, String callTitle, List<ReviewerMail> mails, URI reviewerArea)
        implements Notifiable, CallAssignmentEvent {

    /** One reviewer's mail: the titles of their new applications (both languages each) and the earliest deadline. */
    public record ReviewerMail(Recipient reviewer, List<String> titles, Instant due) {
        public ReviewerMail {
            titles = List.copyOf(titles);
        }
    }

    public AssignmentsMailed {
        mails = List.copyOf(mails);
    }

    @Override
    public List<Notice> notices() {
        return mails.stream().map(m -> new Notice(m.reviewer(), "mail.assignments.subject", "mail.assignments.body",
                List.of(actor.displayName(), callTitle, "• " + String.join("\n• ", m.titles()), m.due(), reviewerArea,
                        m.titles().size()))).toList();
    }

    @Override
    public AssignmentChange action() {
        return AssignmentChange.ASSIGNMENTS_MAILED;
    }

    @Override
    public String summary() {
        return mails.size() + " reviewers mailed " + mails.stream().mapToInt(m -> m.titles().size()).sum()
                + " new assignments";
    }
}
