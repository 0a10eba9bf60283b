package org.opendividend.platform.validation;

import java.math.BigDecimal;
import java.util.List;

/** Small checks every form needs, each adding a {@link FieldProblem} when the input breaks the rule. */
public final class Text {

    public static final int EMAIL_MAX = 254;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Text() {
    }

    /**
     * Counts UTF-16 units, as H2 does for varchar lengths (PostgreSQL counts characters, which is never more), so
     * that text the check lets through always fits the column.
     */
    public static void maxLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong", max));
        }
    }

    /** An e-mail address: required, fitting its column (254), something@domain.tld without spaces. */
    public static void email(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (value.strip().length() > EMAIL_MAX) {
            problems.add(FieldProblem.of(field, "validation.tooLong", EMAIL_MAX));
        } else if (!EMAIL.matcher(value.strip()).matches()) {
            problems.add(FieldProblem.of(field, "validation.email"));
        }
    }

    public static void required(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required"));
        }
    }

    /** Amounts in TWD are whole dollars and never negative. */
    public static void wholeTwd(List<FieldProblem> problems, String field, BigDecimal amount) {
        if (amount == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (amount.signum() < 0) {
            problems.add(FieldProblem.of(field, "validation.twd.negative"));
        } else if (amount.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of(field, "validation.twd.whole"));
        }
    }

    public static void between(List<FieldProblem> problems, String field, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(FieldProblem.of(field, "validation.between", min, max));
        }
    }
}
