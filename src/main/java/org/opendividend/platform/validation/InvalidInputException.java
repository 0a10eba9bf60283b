package org.opendividend.platform.validation;

import java.util.List;

/** A facade refuses input: nothing was changed, and the problems say why, field by field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** Refuses the input when there is any problem with it; returns quietly otherwise. */
    public static void unless(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
