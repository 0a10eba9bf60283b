package org.opendividend.review.control;

import org.junit.jupiter.api.Test;
import org.opendividend.review.entity.AssignmentStatus;
import org.opendividend.review.entity.DeclaredConflictKind;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewReminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The review deadline's reminder: which assignments it is about (still counted on, not submitted, due within its days
 * and not past), one reminder per reviewer naming all of theirs, and never the same reminder twice.
 */
class DueRemindersTest {

    private static final Instant NOW = Instant.parse("2027-05-03T01:00:00Z");
    private static final DueReminders THREE_DAYS = new DueReminders(Duration.ofDays(3));
    private static long nextId = 1;

    @Test
    void theOpenStatusesAreThoseThatCountAndAreNotSubmitted() {
        assertEquals(Set.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED), DueReminders.OPEN);
    }

    @Test
    void remindsEachReviewerOnceOfEveryReviewDueWithinTheDaysSoonestFirst() {
        ReviewAssignment inTwoDays = assignment("amis", NOW.plus(Duration.ofDays(2)));
        ReviewAssignment inOneDay = accepted(assignment("amis", NOW.plus(Duration.ofDays(1))));
        ReviewAssignment hakka = assignment("hakka", NOW.plus(Duration.ofDays(3)));
        ReviewAssignment inFourDays = assignment("amis", NOW.plus(Duration.ofDays(4)));
        ReviewAssignment past = assignment("amis", NOW.minusSeconds(1));

        Map<String, List<ReviewAssignment>> due = THREE_DAYS.due(List.of(inTwoDays, inOneDay, hakka, inFourDays, past),
                List.of(), NOW);

        assertEquals(Map.of("amis", List.of(inOneDay, inTwoDays), "hakka", List.of(hakka)), due);
    }

    @Test
    void submittedDeclinedAndConflictedAssignmentsAreNotReminded() {
        ReviewAssignment submitted = accepted(assignment("amis", NOW.plus(Duration.ofDays(1))));
        submitted.recordSubmission(NOW);
        ReviewAssignment declined = assignment("amis", NOW.plus(Duration.ofDays(1)));
        declined.decline("在國外", NOW);
        ReviewAssignment conflicted = assignment("amis", NOW.plus(Duration.ofDays(1)));
        conflicted.declareConflict(DeclaredConflictKind.PERSONAL, "申請人是我的學生", NOW);
        ReviewAssignment withdrawn = assignment("amis", NOW.plus(Duration.ofDays(1)));
        withdrawn.withdraw();

        assertEquals(Map.of(), THREE_DAYS.due(List.of(submitted, declined, conflicted, withdrawn), List.of(), NOW));
    }

    @Test
    void aReminderSentIsNotSentAgainButANewDueDateIsANewReminder() {
        ReviewAssignment assignment = assignment("amis", NOW.plus(Duration.ofDays(2)));
        ReviewReminder sent = ReviewReminder.sent(assignment, NOW.minus(Duration.ofHours(5)));
        assertEquals(Map.of(), THREE_DAYS.due(List.of(assignment), List.of(sent), NOW));

        assignment.withdraw();
        assignment.reassign(null, NOW.plus(Duration.ofDays(3)), NOW);
        assertEquals(Map.of("amis", List.of(assignment)), THREE_DAYS.due(List.of(assignment), List.of(sent), NOW));
    }

    @Test
    void aReminderGoesOutBeforeTheDueDate() {
        assertThrows(IllegalArgumentException.class, () -> new DueReminders(Duration.ZERO));
        assertEquals(NOW.plus(Duration.ofDays(3)), THREE_DAYS.horizon(NOW));
    }

    private static ReviewAssignment accepted(ReviewAssignment assignment) {
        assignment.declareNoConflict(NOW);
        return assignment;
    }

    /** An assignment as stored: with its id. */
    private static ReviewAssignment assignment(String reviewer, Instant due) {
        ReviewAssignment assignment = ReviewAssignment.assign(1001L, nextId, 40L + nextId, reviewer, null, due,
                NOW.minus(Duration.ofDays(20)));
        try {
            var id = ReviewAssignment.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(assignment, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return assignment;
    }
}
