package org.opendividend.platform.security;

/** Thrown when an anonymous caller asks for something only a logged-in person may do; REST endpoints answer 401. */
public class LoginRequiredException extends RuntimeException {

    public LoginRequiredException() {
        super("login required");
    }
}
