package org.opendividend.review.control.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule on an officer's reduced amount (issue #11: never above the request or the call's maximum per award), as
 * notices a page shows beside the amount before it builds an instance; {@link PortfolioInstance} refuses a candidate
 * that breaks it. A request above the call's maximum is a problem too: it cannot be funded as it stands, and a reduced
 * amount is the officer's way out.
 */
public final class AmountCheck {

    private AmountCheck() {
    }

    public static List<PortfolioNotice> problems(PortfolioInstance.Candidate candidate, long maxPerAward) {
        List<PortfolioNotice> problems = new ArrayList<>();
        Long reduced = candidate.reduced();
        if (reduced == null) {
            if (candidate.requested() > maxPerAward) {
                problems.add(PortfolioNotice.error("portfolio.problem.requestAboveMaximum", candidate.id(),
                        candidate.requested(), maxPerAward));
            }
            return problems;
        }
        if (reduced <= 0) {
            problems.add(PortfolioNotice.error("portfolio.problem.reducedNotPositive", candidate.id(), reduced));
        }
        if (reduced > candidate.requested()) {
            problems.add(PortfolioNotice.error("portfolio.problem.reducedAboveRequest", candidate.id(), reduced,
                    candidate.requested()));
        }
        if (reduced > maxPerAward) {
            problems.add(PortfolioNotice.error("portfolio.problem.reducedAboveMaximum", candidate.id(), reduced,
                    maxPerAward));
        }
        return problems;
    }
}
