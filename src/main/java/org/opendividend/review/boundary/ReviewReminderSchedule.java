package org.opendividend.review.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Mails the review deadline's reminders every hour ({@link ReviewReminders}): a reminder becomes due the moment an
 * assignment comes within the reminder's days of its due date, and an hour late is soon enough for it.
 */
@Singleton
public class ReviewReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReviewReminderSchedule.class.getName());

    @Inject
    ReviewReminders reminders;

    @Schedule(second = "0", minute = "20", hour = "*", persistent = false)
    void remindReviewers() {
        int reminded = reminders.sendDue();
        if (reminded > 0) {
            LOG.info(() -> reminded + " reviewer(s) reminded of reviews due soon");
        }
    }
}
