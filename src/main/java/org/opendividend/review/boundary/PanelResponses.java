package org.opendividend.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * The applicants' answers in the call's response window, for the panel page beside each application (the same
 * officers as the panel; {@link ApplicantResponses} refuses others). Read once per request.
 */
@Named
@RequestScoped
public class PanelResponses {

    @Inject
    ApplicantResponses responses;

    private Long readFor;
    private Map<Long, String> answers;

    /** The application's answer, or null when it has none. */
    public String of(Long callId, Long applicationId) {
        if (callId == null || applicationId == null) {
            return null;
        }
        if (answers == null || !callId.equals(readFor)) {
            readFor = callId;
            answers = responses.forPanel(callId);
        }
        return answers.get(applicationId);
    }
}
