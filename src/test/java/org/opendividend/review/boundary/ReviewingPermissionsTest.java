package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.DeclaredConflictKind;
import org.opendividend.review.entity.ReviewAssignment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewingPermissionsTest {

    private static final Instant NOW = Instant.parse("2027-04-01T02:00:00Z");
    private static final Caller MINE = CallFixtures.caller("sub-reviewer", EnumSet.of(Role.REVIEWER));
    private static final Caller OTHER = CallFixtures.caller("sub-reviewer-2", EnumSet.of(Role.REVIEWER));
    private static final Caller OFFICER = CallFixtures.caller("sub-reviewer", EnumSet.of(Role.OFFICER));

    private static ReviewAssignment assigned() {
        return ReviewAssignment.assign(1001, 7, 3, "sub-reviewer", null, NOW.plusSeconds(86400), NOW);
    }

    @Test
    void onlyTheAssignedReviewerWorksOnAnAssignment() {
        assertTrue(ReviewingPermissions.canWorkOn(MINE, assigned()).allowed());
        assertEquals("reviewing.denied.notYours", ReviewingPermissions.canWorkOn(OTHER, assigned()).reasonKey());
        assertFalse(ReviewingPermissions.canWorkOn(OFFICER, assigned()).allowed(), "the same person without the role");
        assertFalse(ReviewingPermissions.canRead(OTHER, accepted()).allowed(), "another reviewer never reads it");
    }

    @Test
    void onlyReviewersHaveAnAreaOfAssignments() {
        assertTrue(ReviewingPermissions.canReview(MINE).allowed());
        assertEquals("reviewing.denied.notReviewer", ReviewingPermissions.canReview(OFFICER).reasonKey());
    }

    @Test
    void theApplicationOpensOnlyAfterDeclaringNoConflict() {
        assertEquals("reviewing.denied.closed", ReviewingPermissions.canRead(MINE, assigned()).reasonKey());
        assertTrue(ReviewingPermissions.canRead(MINE, accepted()).allowed());
        ReviewAssignment conflicted = assigned();
        conflicted.declareConflict(DeclaredConflictKind.PERSONAL, "my former student", NOW);
        assertFalse(ReviewingPermissions.canRead(MINE, conflicted).allowed());
        ReviewAssignment declined = assigned();
        declined.decline("travelling", NOW);
        assertFalse(ReviewingPermissions.canRead(MINE, declined).allowed());
        ReviewAssignment withdrawn = accepted();
        withdrawn.withdraw();
        assertFalse(ReviewingPermissions.canRead(MINE, withdrawn).allowed());
    }

    @Test
    void theStepsAreTheWorkflowsRowsForTheReviewer() {
        assertEquals(List.of(AssignmentAction.DECLARE_NO_CONFLICT, AssignmentAction.DECLARE_CONFLICT,
                AssignmentAction.DECLINE), ReviewingPermissions.steps(assigned()));
        assertEquals(List.of(AssignmentAction.DECLINE, AssignmentAction.SUBMIT_REVIEW),
                ReviewingPermissions.steps(accepted()));
        assertEquals("reviewing.denied.notNow",
                ReviewingPermissions.canTake(MINE, accepted(), AssignmentAction.DECLARE_CONFLICT).reasonKey());
        assertTrue(ReviewingPermissions.canTake(MINE, assigned(), AssignmentAction.DECLINE).allowed());
    }

    private static ReviewAssignment accepted() {
        ReviewAssignment assignment = assigned();
        assignment.declareNoConflict(NOW);
        return assignment;
    }
}
