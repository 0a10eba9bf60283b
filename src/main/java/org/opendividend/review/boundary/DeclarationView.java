package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.ReviewAssignment;

import java.util.List;

/**
 * What a reviewer reads before the application opens, to declare whether they have a conflict: the submitted title
 * and abstract and, unless the call's review is blind, the applicant organisation ({@code null} then); the steps open
 * to them now.
 */
public record DeclarationView(ReviewAssignment assignment, CallView call, String titleZhTw, String titleEn,
                              String abstractText, OrganisationView organisation, List<AssignmentAction> steps) {

    public DeclarationView {
        steps = List.copyOf(steps);
    }

    public boolean offers(AssignmentAction action) {
        return steps.contains(action);
    }
}
