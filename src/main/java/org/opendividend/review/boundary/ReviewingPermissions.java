package org.opendividend.review.boundary;

import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.AssignmentWorkflow;
import org.opendividend.review.entity.ReviewAssignment;

import java.util.List;

/**
 * What a reviewer may do with an assignment: only their own (a changed id in the address is refused), each step only
 * where {@link AssignmentWorkflow} has a reviewer's row from its state, and the application only in a state that
 * opens it (never after a declared conflict, declining or withdrawal). Pages render with these decisions and
 * {@link ReviewingFacade} enforces them.
 */
public final class ReviewingPermissions {

    private ReviewingPermissions() {
    }

    /** The reviewer's area at all: people with the reviewer role, each with their own assignments. */
    public static Decision canReview(Caller caller) {
        return caller.has(Role.REVIEWER) ? Decision.allow() : Decision.deny("reviewing.denied.notReviewer");
    }

    /** The assignment at all: the reviewer it is assigned to. */
    public static Decision canWorkOn(Caller caller, ReviewAssignment assignment) {
        return caller.has(Role.REVIEWER) && assignment.isOf(caller.subject()) ? Decision.allow()
                : Decision.deny("reviewing.denied.notYours");
    }

    /** A step on it: theirs, and the workflow has the reviewer's row for it from where the assignment stands. */
    public static Decision canTake(Caller caller, ReviewAssignment assignment, AssignmentAction action) {
        Decision own = canWorkOn(caller, assignment);
        if (!own.allowed()) {
            return own;
        }
        return steps(assignment).contains(action) ? Decision.allow() : Decision.deny("reviewing.denied.notNow");
    }

    /** The full application and the review: theirs, in a state that opens the application to the reviewer. */
    public static Decision canRead(Caller caller, ReviewAssignment assignment) {
        Decision own = canWorkOn(caller, assignment);
        if (!own.allowed()) {
            return own;
        }
        return assignment.state().seesApplication() ? Decision.allow() : Decision.deny("reviewing.denied.closed");
    }

    /** The reviewer's steps from where the assignment stands, in the table's order. */
    public static List<AssignmentAction> steps(ReviewAssignment assignment) {
        return AssignmentWorkflow.RULES.from(assignment.status()).stream()
                .filter(row -> row.who() == AssignmentWorkflow.Who.REVIEWER)
                .map(row -> row.action()).toList();
    }
}
