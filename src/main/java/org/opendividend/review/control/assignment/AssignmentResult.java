package org.opendividend.review.control.assignment;

import java.util.List;

/**
 * What the solver answers: the reviews assigned and their total affinity (the objective), or no reviews and the
 * errors that say why; warnings either way. {@code upperBound} is a proven bound on the best total (equal to the
 * objective when {@code provenOptimal}); {@code candidatePairs} how many pairs the solver chose among.
 */
public record AssignmentResult(List<Review> reviews, double objective, double upperBound, boolean provenOptimal,
                               Method method, long candidatePairs, List<AssignmentNotice> notices) {

    /** One review assigned: a reviewer to an application, with the pair's affinity. */
    public record Review(String applicationId, String reviewerId, double affinity) {
    }

    /** How the assignment was found: a min-cost flow, or CP-SAT when several target languages per application apply. */
    public enum Method { MIN_COST_FLOW, CP_SAT }

    public AssignmentResult {
        reviews = List.copyOf(reviews);
        notices = List.copyOf(notices);
    }

    static AssignmentResult impossible(List<AssignmentNotice> notices) {
        return new AssignmentResult(List.of(), 0, 0, false, null, 0, notices);
    }

    /** Whether an assignment was found; when not, the notices hold at least one error. */
    public boolean assigned() {
        return notices.stream().noneMatch(AssignmentNotice::isError);
    }

    public List<AssignmentNotice> errors() {
        return notices.stream().filter(AssignmentNotice::isError).toList();
    }

    public List<AssignmentNotice> warnings() {
        return notices.stream().filter(n -> !n.isError()).toList();
    }
}
