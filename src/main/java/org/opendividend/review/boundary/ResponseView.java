package org.opendividend.review.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The response window as the applicant of one application sees it: until when it is open and the word limit, the
 * reviewers' comments meant for them ("Reviewer 1", …), and their answer so far with its version (0 and empty before
 * the first).
 */
public record ResponseView(long applicationId, Instant closesAt, int wordLimit, boolean open,
                           List<ApplicantOutcome.ReviewerComment> comments, String answer, long version,
                           boolean answered) {

    public ResponseView {
        comments = List.copyOf(comments);
        answer = answer == null ? "" : answer;
    }
}
