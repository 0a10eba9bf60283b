package org.opendividend.review.control.assignment;

import java.util.List;

/**
 * Something an officer should read about an assignment: a message key of the bundles (assignment.problem.* or
 * assignment.warning.*) and its arguments. An error means no assignment exists until the officer changes the pool,
 * the loads or the conflicts; a warning means the assignment exists but a rule could not apply.
 */
public record AssignmentNotice(Severity severity, String key, List<Object> arguments) {

    public enum Severity { ERROR, WARNING }

    public AssignmentNotice {
        arguments = List.copyOf(arguments);
    }

    static AssignmentNotice error(String key, Object... arguments) {
        return new AssignmentNotice(Severity.ERROR, key, List.of(arguments));
    }

    static AssignmentNotice warning(String key, Object... arguments) {
        return new AssignmentNotice(Severity.WARNING, key, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
