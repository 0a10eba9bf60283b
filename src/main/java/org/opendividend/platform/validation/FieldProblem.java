package org.opendividend.platform.validation;

import java.util.List;

/**
 * Something wrong with what a person entered or with the state of an object, said as a message key with its
 * arguments and the field it belongs to ({@code null} for the whole form), so that pages show it translated at
 * the right place and REST answers it as data.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
