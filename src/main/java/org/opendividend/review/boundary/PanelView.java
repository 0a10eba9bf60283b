package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallView;
import org.opendividend.review.control.panel.Panel;

import java.util.Locale;
import java.util.Map;

/**
 * A call's panel as its page shows it: the call, the ranked {@link Panel}, the applications' submitted titles and the
 * reviewers' names by person id (officers of the call read them on the assignment page too).
 */
public record PanelView(CallView call, Panel panel, Map<Long, CallAssignment.Titles> titles,
                        Map<Long, String> reviewerNames) {

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
