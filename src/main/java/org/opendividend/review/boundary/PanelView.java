package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallView;
import org.opendividend.review.control.panel.Panel;
import org.opendividend.review.control.portfolio.PortfolioResult;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A call's panel as its page shows it: the call, the ranked {@link Panel}, the applications' submitted titles and the
 * reviewers' names by person id (officers of the call read them on the assignment page too), and the suggested
 * funding line ({@code SuggestedPortfolio}; none without a candidate).
 */
public record PanelView(CallView call, Panel panel, Map<Long, CallAssignment.Titles> titles,
                        Map<Long, String> reviewerNames, Optional<PortfolioResult> portfolio) {

    public PanelView {
        titles = Map.copyOf(titles);
        reviewerNames = Map.copyOf(reviewerNames);
    }

    public String title(long applicationId, Locale locale) {
        CallAssignment.Titles title = titles.get(applicationId);
        return title == null ? "#" + applicationId : title.in(locale);
    }

    public String reviewerName(long personId) {
        return reviewerNames.getOrDefault(personId, "#" + personId);
    }
}
