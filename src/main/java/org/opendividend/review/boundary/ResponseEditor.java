package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;

/**
 * The applicant's side of the call's response window on the application page: the reviewers' comments meant for them
 * and their answer, saved while the window is open ({@link ApplicantResponses} decides who and when). A refused answer
 * keeps what was typed, with the reason.
 */
@Named
@ViewScoped
public class ResponseEditor implements Serializable {

    static final String FIELDS = ":response:";

    @Inject
    transient ApplicantResponses responses;

    private Long applicationId;
    private ResponseView view;
    private boolean read;
    private String answer;
    private long version;

    /** The window as the applicant sees it, or null when the application's call has none. */
    public ResponseView view(Long id) {
        if (id == null) {
            return null;
        }
        if (!read || !id.equals(applicationId)) {
            applicationId = id;
            show(responses.forApplicant(id).orElse(null));
        }
        return view;
    }

    public void save(Long id) {
        try {
            show(responses.answer(id, answer, version));
            PageMessages.info("response.saved");
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), FIELDS, "response.field.");
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("response.conflict");
        }
    }

    private void show(ResponseView shown) {
        read = true;
        view = shown;
        if (shown != null) {
            answer = shown.answer();
            version = shown.version();
        }
    }

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
