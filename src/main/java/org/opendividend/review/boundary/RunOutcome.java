package org.opendividend.review.boundary;

import java.util.List;

/**
 * What a solver run says to the officer: whether an assignment was found and stored, how many reviews it assigned, and
 * the explanations (errors when none exists, warnings otherwise) in both languages.
 */
public record RunOutcome(boolean assigned, int reviewsAssigned, List<Explanation> explanations) {

    public RunOutcome {
        explanations = List.copyOf(explanations);
    }

    public List<Explanation> errors() {
        return explanations.stream().filter(Explanation::error).toList();
    }

    public List<Explanation> warnings() {
        return explanations.stream().filter(e -> !e.error()).toList();
    }
}
