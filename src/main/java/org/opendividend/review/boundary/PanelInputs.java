package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.review.control.calibration.ReviewerBiasModel;
import org.opendividend.review.control.panel.Panel;
import org.opendividend.review.control.panel.SubmittedReview;
import org.opendividend.review.control.panel.SubmittedReviews;

import java.util.List;
import java.util.Map;

/** Reads a call's panel ({@link CallPanel}); who may read it is the facade's to decide before it asks. */
@ApplicationScoped
@Transactional
public class PanelInputs {

    @Inject
    AssignmentInputs assignmentInputs;

    @Inject
    SubmittedReviews reviews;

    CallPanel of(CallView call) {
        Map<Long, LatestSubmission> submissions = assignmentInputs.eligibleSubmissions(call);
        List<SubmittedReview> submitted = reviews.ofCall(call.id());
        return new CallPanel(Panel.of(List.copyOf(submissions.keySet()), submitted, call.review(),
                ReviewerBiasModel.DEFAULT), submissions, submitted);
    }
}
