package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer's assignment over its whole table: every state with every action, on a real assignment. */
class ReviewAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofDays(21));

    /** The lifecycle as the issue states it, written out here independently of the table. */
    private static final Map<AssignmentStatus, Map<AssignmentAction, AssignmentStatus>> EXPECTED = Map.of(
            AssignmentStatus.ASSIGNED, Map.of(
                    AssignmentAction.DECLARE_NO_CONFLICT, AssignmentStatus.ACCEPTED,
                    AssignmentAction.DECLARE_CONFLICT, AssignmentStatus.CONFLICT_DECLARED,
                    AssignmentAction.DECLINE, AssignmentStatus.DECLINED,
                    AssignmentAction.WITHDRAW, AssignmentStatus.WITHDRAWN),
            AssignmentStatus.ACCEPTED, Map.of(
                    AssignmentAction.DECLINE, AssignmentStatus.DECLINED,
                    AssignmentAction.SUBMIT_REVIEW, AssignmentStatus.SUBMITTED,
                    AssignmentAction.WITHDRAW, AssignmentStatus.WITHDRAWN),
            AssignmentStatus.WITHDRAWN, Map.of(AssignmentAction.REASSIGN, AssignmentStatus.ASSIGNED));

    /** Each action as the entity is asked to take it. */
    private static final Map<AssignmentAction, Consumer<ReviewAssignment>> TAKE = Map.ofEntries(
            entry(AssignmentAction.DECLARE_NO_CONFLICT, a -> a.declareNoConflict(NOW)),
            entry(AssignmentAction.DECLARE_CONFLICT, a -> a.declareConflict(DeclaredConflictKind.ADVISORY, "I advise them", NOW)),
            entry(AssignmentAction.DECLINE, a -> a.decline("travelling", NOW)),
            entry(AssignmentAction.SUBMIT_REVIEW, a -> a.recordSubmission(NOW)),
            entry(AssignmentAction.WITHDRAW, ReviewAssignment::withdraw),
            entry(AssignmentAction.REASSIGN, a -> a.reassign(null, DUE, NOW)));

    /** The way from a new assignment to each state. */
    private static final Map<AssignmentStatus, List<AssignmentAction>> WAY = Map.of(
            AssignmentStatus.ASSIGNED, List.of(),
            AssignmentStatus.ACCEPTED, List.of(AssignmentAction.DECLARE_NO_CONFLICT),
            AssignmentStatus.CONFLICT_DECLARED, List.of(AssignmentAction.DECLARE_CONFLICT),
            AssignmentStatus.DECLINED, List.of(AssignmentAction.DECLINE),
            AssignmentStatus.SUBMITTED, List.of(AssignmentAction.DECLARE_NO_CONFLICT, AssignmentAction.SUBMIT_REVIEW),
            AssignmentStatus.WITHDRAWN, List.of(AssignmentAction.WITHDRAW));

    private static ReviewAssignment at(AssignmentStatus status) {
        ReviewAssignment assignment = ReviewAssignment.assign(1001L, 7L, 42L, "reviewer-sub", 3L, DUE, NOW);
        WAY.get(status).forEach(action -> TAKE.get(action).accept(assignment));
        assertEquals(status, assignment.status());
        return assignment;
    }

    @Test
    void everyStateAndActionIsPossibleExactlyWhenTheLifecycleHasIt() {
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (AssignmentStatus from : AssignmentStatus.values()) {
            for (AssignmentAction action : AssignmentAction.values()) {
                AssignmentStatus to = EXPECTED.getOrDefault(from, Map.of()).get(action);
                checks.add(() -> {
                    ReviewAssignment assignment = at(from);
                    if (to != null) {
                        TAKE.get(action).accept(assignment);
                        assertEquals(to, assignment.status(), from + " + " + action);
                    } else {
                        assertThrows(ForbiddenTransitionException.class, () -> TAKE.get(action).accept(assignment),
                                from + " + " + action);
                        assertEquals(from, assignment.status(), "refused and unchanged: " + from + " + " + action);
                    }
                });
            }
        }
        assertEquals(AssignmentStatus.values().length * AssignmentAction.values().length, checks.size());
        assertAll(checks);
    }

    @Test
    void onlyADeclarationWithoutConflictOpensTheApplication() {
        for (AssignmentStatus status : AssignmentStatus.values()) {
            boolean opens = status == AssignmentStatus.ACCEPTED || status == AssignmentStatus.SUBMITTED;
            assertEquals(opens, at(status).state().seesApplication(), status.name());
            assertEquals(status == AssignmentStatus.ACCEPTED, at(status).state().editsReview(), status.name());
        }
    }

    @Test
    void aConflictOrADeclineNeedsAReasonAndAReplacement() {
        ReviewAssignment assignment = at(AssignmentStatus.ASSIGNED);
        assertThrows(IllegalArgumentException.class, () -> assignment.decline("  ", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> assignment.declareConflict(DeclaredConflictKind.PERSONAL, "x".repeat(ReviewAssignment.REASON_MAX + 1), NOW));
        assertEquals(AssignmentStatus.ASSIGNED, assignment.status(), "a refused reason changes nothing");

        assignment.declareConflict(DeclaredConflictKind.PERSONAL, "  my cousin leads the team ", NOW);
        assertEquals("my cousin leads the team", assignment.reason());
        assertEquals(DeclaredConflictKind.PERSONAL, assignment.conflictKind());
        assertTrue(assignment.state().needsReplacement());
        assertFalse(assignment.state().counts());
    }

    @Test
    void assigningAgainForgetsTheEarlierAnswer() {
        ReviewAssignment assignment = at(AssignmentStatus.WITHDRAWN);
        assignment.reassign(9L, DUE.plus(Duration.ofDays(7)), NOW.plusSeconds(60));
        assertEquals(AssignmentStatus.ASSIGNED, assignment.status());
        assertEquals(9L, assignment.runId());
        assertEquals(DUE.plus(Duration.ofDays(7)), assignment.dueAt());
        assertNull(assignment.declaredAt());
        assertNull(assignment.reason());
    }

    @Test
    void overdueMeansCountedOnNotSubmittedAndPastTheDueDate() {
        Instant late = DUE.plusSeconds(1);
        assertFalse(at(AssignmentStatus.ASSIGNED).isOverdueAt(DUE));
        assertTrue(at(AssignmentStatus.ASSIGNED).isOverdueAt(late));
        assertTrue(at(AssignmentStatus.ACCEPTED).isOverdueAt(late));
        assertFalse(at(AssignmentStatus.SUBMITTED).isOverdueAt(late));
        assertFalse(at(AssignmentStatus.DECLINED).isOverdueAt(late));
        assertFalse(at(AssignmentStatus.WITHDRAWN).isOverdueAt(late));
    }
}
