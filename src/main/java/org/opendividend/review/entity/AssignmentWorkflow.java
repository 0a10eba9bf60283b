package org.opendividend.review.entity;

import org.opendividend.platform.workflow.Workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static org.opendividend.review.entity.AssignmentAction.DECLARE_CONFLICT;
import static org.opendividend.review.entity.AssignmentAction.DECLARE_NO_CONFLICT;
import static org.opendividend.review.entity.AssignmentAction.DECLINE;
import static org.opendividend.review.entity.AssignmentAction.REASSIGN;
import static org.opendividend.review.entity.AssignmentAction.SUBMIT_REVIEW;
import static org.opendividend.review.entity.AssignmentAction.WITHDRAW;
import static org.opendividend.review.entity.AssignmentStatus.ACCEPTED;
import static org.opendividend.review.entity.AssignmentStatus.ASSIGNED;
import static org.opendividend.review.entity.AssignmentStatus.CONFLICT_DECLARED;
import static org.opendividend.review.entity.AssignmentStatus.DECLINED;
import static org.opendividend.review.entity.AssignmentStatus.SUBMITTED;
import static org.opendividend.review.entity.AssignmentStatus.WITHDRAWN;

/**
 * The lifecycle of a reviewer's assignment as one table: assigned → (declares no conflict) accepted → submitted; or
 * the reviewer declares a conflict or declines (a replacement is then needed); an officer may withdraw an assignment
 * that has no submitted review, and assign a withdrawn one again. And what holds in each state: whether the reviewer
 * sees the full application, whether the review may be edited, whether it counts toward the application's reviews and
 * the reviewer's load.
 */
public final class AssignmentWorkflow {

    /** Who takes a step, relative to the assignment. */
    public enum Who { REVIEWER, OFFICER }

    /**
     * What holds while an assignment is in a state.
     *
     * @param seesApplication     the reviewer may open the full application (declared without conflict)
     * @param editsReview         the reviewer may write and save the review
     * @param counts              counts toward the application's reviews and the reviewer's load
     * @param needsReplacement    the application lacks this review: a replacement should be assigned
     */
    public record State(boolean seesApplication, boolean editsReview, boolean counts, boolean needsReplacement) {
    }

    public static final Workflow<AssignmentStatus, AssignmentAction, Who, State> RULES = new Workflow<>(
            AssignmentStatus.class,
            List.of(
                    row(ASSIGNED, DECLARE_NO_CONFLICT, ACCEPTED, Who.REVIEWER),
                    row(ASSIGNED, DECLARE_CONFLICT, CONFLICT_DECLARED, Who.REVIEWER),
                    row(ASSIGNED, DECLINE, DECLINED, Who.REVIEWER),
                    row(ACCEPTED, DECLINE, DECLINED, Who.REVIEWER),
                    row(ACCEPTED, SUBMIT_REVIEW, SUBMITTED, Who.REVIEWER),
                    row(ASSIGNED, WITHDRAW, WITHDRAWN, Who.OFFICER),
                    row(ACCEPTED, WITHDRAW, WITHDRAWN, Who.OFFICER),
                    row(WITHDRAWN, REASSIGN, ASSIGNED, Who.OFFICER)),
            Map.ofEntries(
                    entry(ASSIGNED, new State(false, false, true, false)),
                    entry(ACCEPTED, new State(true, true, true, false)),
                    entry(CONFLICT_DECLARED, new State(false, false, false, true)),
                    entry(DECLINED, new State(false, false, false, true)),
                    entry(SUBMITTED, new State(true, false, true, false)),
                    entry(WITHDRAWN, new State(false, false, false, false))));

    private AssignmentWorkflow() {
    }

    public static State state(AssignmentStatus status) {
        return RULES.state(status);
    }

    /** The states that count toward an application's reviews and a reviewer's load. */
    public static Set<AssignmentStatus> counting() {
        return RULES.statesWhere(State::counts);
    }

    private static Workflow.Transition<AssignmentStatus, AssignmentAction, Who> row(
            AssignmentStatus from, AssignmentAction action, AssignmentStatus to, Who who) {
        return new Workflow.Transition<>(from, action, to, who);
    }
}
