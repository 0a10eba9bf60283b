package org.opendividend.review.boundary;

import org.opendividend.platform.validation.FieldProblem;

import java.util.List;

/**
 * The answer to an assignment by hand: done, or waiting for the officer to confirm the warnings (beyond the
 * reviewer's maximum load, beyond the call's reviews per application), with nothing stored.
 */
public record HandAssignment(boolean done, List<FieldProblem> warnings) {

    public HandAssignment {
        warnings = List.copyOf(warnings);
    }
}
