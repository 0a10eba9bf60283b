package org.opendividend.platform.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Records each logged-in session in {@link LoginSessions} on its first request after login (the login mechanism
 * has no hook of its own), so that a back-channel logout from the identity provider finds it. Later requests cost
 * one map lookup.
 */
public class LoginSessionRecorder extends HttpFilter {

    @Inject
    LoginSessions logins;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !logins.knows(session.getId())) {
            Caller caller = currentUser.caller();
            if (caller.isAuthenticated()) {
                logins.record(session, caller.subject(), currentUser.providerSession().orElse(null));
            }
        }
        chain.doFilter(request, response);
    }
}
