package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.ResponseWindow;

import java.time.Instant;

/**
 * A call's applicant response window as other components read it ({@link CallDirectory#responseWindow}): until when
 * applicants answer the reviewers' comments to them, and in at most how many words.
 */
public record ResponseWindowView(Instant closesAt, int wordLimit) {

    static ResponseWindowView of(ResponseWindow window) {
        return new ResponseWindowView(window.closesAt(), window.wordLimit());
    }

    /** Open strictly before its closing instant. */
    public boolean isOpenAt(Instant now) {
        return now.isBefore(closesAt);
    }

    /** Whether an answer keeps within the limit, counted as {@link ResponseWindow#words} counts. */
    public boolean allows(String answer) {
        return ResponseWindow.words(answer) <= wordLimit;
    }

    /** The words of an answer as the limit counts them. */
    public static int words(String answer) {
        return ResponseWindow.words(answer);
    }
}
