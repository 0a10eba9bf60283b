package org.opendividend.review.control.portfolio;

/**
 * One constraint of the portfolio, named so an officer can find it: the call's budget, a ministry's budget (subject:
 * the ministry's code), a money quota (subject: its position in the instance's list, from 1, and its languages) or a
 * language to cover (subject: the language). {@code BUDGETS_TOGETHER} names no single constraint: the call's and every
 * ministry's budget at once, which the binding report relaxes together when no budget binds alone (see
 * {@link BindingAnalysis}).
 */
public record Limit(Kind kind, String subject) {

    public enum Kind { CALL_BUDGET, MINISTRY_BUDGET, MONEY_QUOTA, LANGUAGE_QUOTA, BUDGETS_TOGETHER }

    static Limit callBudget() {
        return new Limit(Kind.CALL_BUDGET, "");
    }

    boolean isBudget() {
        return kind == Kind.CALL_BUDGET || kind == Kind.MINISTRY_BUDGET;
    }
}
