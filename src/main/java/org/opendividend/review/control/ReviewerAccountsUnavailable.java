package org.opendividend.review.control;

/** The identity provider could not be asked to find or create a reviewer's account (down, or not configured). */
public class ReviewerAccountsUnavailable extends RuntimeException {

    public ReviewerAccountsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
