package org.opendividend.review.boundary;

import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.applications.boundary.SubmittedFileView;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the review page shows: the assignment, the call (its criteria), the application's submitted version and its
 * files, the organisation unless the review is blind ({@code null} then, and the team is hidden), the reviewer's own
 * review ({@code null} before the first save) and, once theirs is submitted, the other submitted reviews.
 */
public record ReviewView(ReviewAssignment assignment, CallView call, LatestSubmission submission,
                         OrganisationView organisation, List<SubmittedFileView> files, AssignmentReview review,
                         List<OtherReview> others) {

    public ReviewView {
        files = List.copyOf(files);
        others = List.copyOf(others);
    }

    public boolean blind() {
        return call.review().blind();
    }

    /** Whether the reviewer may still write: the workflow's state says so, not a status compared here. */
    public boolean editable() {
        return assignment.state().editsReview();
    }

    /**
     * Another reviewer's submitted review of the same application, shown as "Reviewer {@code number}" (never who),
     * with its weighted score.
     */
    public record OtherReview(int number, ReviewContent content, BigDecimal weighted) {
    }
}
