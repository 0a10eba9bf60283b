package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendividend.people.boundary.PersonContact;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.web.PublicLinks;
import org.opendividend.review.control.DueReminders;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewReminder;
import org.opendividend.review.entity.ReviewsDueReminded;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reminds reviewers of the reviews they have not submitted, {@code opendividend.review.reminder-days} days (default
 * 3) before they are due: one mail per reviewer through the outbox (the {@link ReviewsDueReminded} event, audited),
 * and a {@link ReviewReminder} per assignment, in the same transaction, so that no reminder goes out twice.
 * Run by {@link ReviewReminderSchedule}.
 */
@ApplicationScoped
@Transactional
public class ReviewReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonFacade people;

    @Inject
    Event<ReviewsDueReminded> reminded;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "opendividend.review.reminder-days", defaultValue = "3")
    int reminderDays;

    /** Sends the reminders due now; answers how many reviewers were reminded. */
    public int sendDue() {
        Instant now = clock.instant();
        DueReminders rule = new DueReminders(Duration.ofDays(reminderDays));
        List<ReviewAssignment> candidates = em.createQuery("select a from ReviewAssignment a where a.status in :open"
                        + " and a.dueAt > :now and a.dueAt <= :horizon", ReviewAssignment.class)
                .setParameter("open", DueReminders.OPEN).setParameter("now", now)
                .setParameter("horizon", rule.horizon(now)).getResultList();
        if (candidates.isEmpty()) {
            return 0;
        }
        List<ReviewReminder> sent = em.createQuery("select r from ReviewReminder r where r.assignmentId in :ids",
                        ReviewReminder.class)
                .setParameter("ids", candidates.stream().map(ReviewAssignment::id).toList()).getResultList();
        Map<String, List<ReviewAssignment>> due = rule.due(candidates, sent, now);
        Map<String, PersonContact> contacts = people.contacts(due.keySet()).stream()
                .collect(Collectors.toMap(PersonContact::subject, Function.identity()));
        URI dashboard = URI.create(PublicLinks.to("/reviewer/"));
        int remindedReviewers = 0;
        for (Map.Entry<String, List<ReviewAssignment>> reviewer : due.entrySet()) {
            PersonContact contact = contacts.get(reviewer.getKey());
            if (contact == null) {
                continue; // no address known yet: reminded at a later run, once the reviewer's profile has one
            }
            List<ReviewAssignment> assignments = reviewer.getValue();
            assignments.forEach(a -> em.persist(ReviewReminder.sent(a, now)));
            reminded.fire(new ReviewsDueReminded(contact.recipient(), contact.subject(),
                    assignments.stream().map(ReviewAssignment::id).toList(), assignments.get(0).dueAt(), dashboard));
            remindedReviewers++;
        }
        return remindedReviewers;
    }
}
