package org.opendividend.review.control.portfolio;

import java.util.List;

/**
 * Something an officer should read about a portfolio: a message key of the bundles (portfolio.problem.* or
 * portfolio.warning.*) and its arguments. An error means no portfolio exists until the officer changes the budgets,
 * the quotas or the amounts; a warning means the portfolio exists but a quota could not apply.
 */
public record PortfolioNotice(Severity severity, String key, List<Object> arguments) {

    public enum Severity { ERROR, WARNING }

    public PortfolioNotice {
        arguments = List.copyOf(arguments);
    }

    static PortfolioNotice error(String key, Object... arguments) {
        return new PortfolioNotice(Severity.ERROR, key, List.of(arguments));
    }

    static PortfolioNotice warning(String key, Object... arguments) {
        return new PortfolioNotice(Severity.WARNING, key, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
