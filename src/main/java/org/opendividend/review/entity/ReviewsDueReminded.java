package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The system reminded a reviewer of the reviews they still have to submit soon: audited under the reviewer, and
 * mailed to them with how many are due, the first due instant (Taipei time in the mail) and their dashboard.
 *
 * @param assignmentIds the assignments reminded of
 */
public record ReviewsDueReminded(Recipient reviewer, String reviewerSubject, List<Long> assignmentIds,
                                 Instant firstDue, URI dashboard) implements Notifiable {

    public ReviewsDueReminded {
        assignmentIds = List.copyOf(assignmentIds);
    }

    @Override
    public List<Notice> notices() {
        return List.of(new Notice(reviewer, "mail.reviewReminder.subject", "mail.reviewReminder.body",
                List.of(assignmentIds.size(), firstDue, dashboard)));
    }

    @Override
    public Actor actor() {
        return Actor.SYSTEM;
    }

    @Override
    public String objectType() {
        return "Reviewer";
    }

    @Override
    public String objectId() {
        return reviewerSubject;
    }

    @Override
    public ReminderChange action() {
        return ReminderChange.REVIEW_REMINDER_SENT;
    }

    @Override
    public String summary() {
        return "reminded of " + assignmentIds.size() + " review(s) due, first at " + firstDue + ": assignments "
                + assignmentIds;
    }
}
