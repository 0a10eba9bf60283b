package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.ReviewAssignment;

import java.util.List;
import java.util.Locale;

/**
 * One line of the reviewer's dashboard: the assignment, its call and the application's title, whether it is overdue,
 * and the reviewer's steps from its state (from the workflow table, never a comparison of statuses in the page).
 */
public record AssignmentRow(ReviewAssignment assignment, CallSummary call, String titleZhTw, String titleEn,
                            boolean overdue, List<AssignmentAction> steps) {

    public AssignmentRow {
        steps = List.copyOf(steps);
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }

    /** A declaration (or declining) is open: the reviewer has a step other than submitting the review. */
    public boolean declares() {
        return steps.stream().anyMatch(s -> s != AssignmentAction.SUBMIT_REVIEW);
    }

    /** The application and the review open to the reviewer. */
    public boolean reviews() {
        return assignment.state().seesApplication();
    }
}
