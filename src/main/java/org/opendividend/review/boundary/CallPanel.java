package org.opendividend.review.boundary;

import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.applications.control.BudgetRules;
import org.opendividend.review.control.panel.Panel;
import org.opendividend.review.control.panel.SubmittedReview;
import org.opendividend.review.control.panel.SuggestedPortfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's panel with what it was drawn from: the eligible applications' latest submitted versions and the submitted
 * reviews. The panel page, its suggested funding line and the funding decision all read it, so that they rank the
 * same applications and count the same requests (the submitted budget's total, in whole TWD).
 */
record CallPanel(Panel panel, Map<Long, LatestSubmission> submissions, List<SubmittedReview> reviews) {

    CallPanel {
        submissions = Map.copyOf(submissions);
        reviews = List.copyOf(reviews);
    }

    /** The submitted titles, by application. */
    Map<Long, CallAssignment.Titles> titles() {
        Map<Long, CallAssignment.Titles> titles = new LinkedHashMap<>();
        submissions.forEach((id, s) -> titles.put(id, AssignmentInputs.titles(s.submitted())));
        return titles;
    }

    /** What each application requests and the languages its outputs are for. */
    Map<Long, SuggestedPortfolio.Request> requests() {
        Map<Long, SuggestedPortfolio.Request> requests = new LinkedHashMap<>();
        submissions.forEach((id, s) -> requests.put(id, new SuggestedPortfolio.Request(requested(id),
                s.submitted().outputLanguages())));
        return requests;
    }

    long requested(long applicationId) {
        return BudgetRules.total(submissions.get(applicationId).submitted().budget()).longValue();
    }

    /** The receipt number officers know a submitted application by. */
    String label(long applicationId) {
        return submissions.get(applicationId).receiptNumber();
    }
}
