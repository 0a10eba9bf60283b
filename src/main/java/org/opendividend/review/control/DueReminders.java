package org.opendividend.review.control;

import org.opendividend.review.entity.AssignmentStatus;
import org.opendividend.review.entity.AssignmentWorkflow;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewReminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which reviewers to remind of which assignments: those that still count on them and are not submitted, due within
 * the reminder's days from now (and not yet past), whose reminder at that due date was not sent yet. One reminder
 * per reviewer, naming all of theirs, so that a reviewer with five reviews gets one mail, not five.
 */
public final class DueReminders {

    /** The statuses whose assignments a reminder is about: still counted on, and not submitted. */
    public static final Set<AssignmentStatus> OPEN = Arrays.stream(AssignmentStatus.values())
            .filter(s -> AssignmentWorkflow.state(s).counts() && s != AssignmentStatus.SUBMITTED)
            .collect(Collectors.toUnmodifiableSet());

    private final Duration before;

    /** @param before how long before the due date the reminder goes out */
    public DueReminders(Duration before) {
        if (before.isNegative() || before.isZero()) {
            throw new IllegalArgumentException("a reminder goes out before the due date: " + before);
        }
        this.before = before;
    }

    /** The latest due instant a reminder sent now is about. */
    public Instant horizon(Instant now) {
        return now.plus(before);
    }

    /**
     * The assignments to remind of, by reviewer subject, each reviewer's soonest due first.
     *
     * @param sent the reminders sent so far for (at least) these assignments
     */
    public Map<String, List<ReviewAssignment>> due(Collection<ReviewAssignment> assignments,
                                                   Collection<ReviewReminder> sent, Instant now) {
        return assignments.stream()
                .filter(a -> OPEN.contains(a.status()))
                .filter(a -> a.dueAt().isAfter(now) && !a.dueAt().isAfter(horizon(now)))
                .filter(a -> sent.stream().noneMatch(r -> r.remindsOf(a)))
                .sorted(Comparator.comparing(ReviewAssignment::dueAt).thenComparing(ReviewAssignment::id))
                .collect(Collectors.groupingBy(ReviewAssignment::reviewerSubject, LinkedHashMap::new, Collectors.toList()));
    }
}
