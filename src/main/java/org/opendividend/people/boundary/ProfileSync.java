package org.opendividend.people.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates or updates the profile of a person on the first request of their login session, and again when the
 * identity provider's refreshed token says something else of them, so that the fund's record of people follows the
 * identity provider (name, e-mail, roles, ministries).
 */
@WebFilter(urlPatterns = "/*")
public class ProfileSync extends HttpFilter {

    static final String SYNCED = ProfileSync.class.getName() + ".synced";
    private static final Logger LOG = Logger.getLogger(ProfileSync.class.getName());

    @Inject
    PersonFacade people;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            Caller caller = currentUser.caller();
            // again whenever the login mechanism's refresh brought other roles, ministries, name or e-mail, or the
            // person switched language (mail to them follows the language they use the application in)
            // (an API client that names no language leaves the recorded one as it is)
            Locale speaking = Languages.asked(request).orElse(null);
            String profile = caller + " " + speaking;
            if (caller.isAuthenticated() && !profile.equals(session.getAttribute(SYNCED))) {
                try {
                    people.recordLogin(caller, speaking);
                    session.setAttribute(SYNCED, profile);
                } catch (RuntimeException e) {
                    // two first requests of one login may race to create the profile; the next request tries again
                    LOG.log(Level.WARNING, "profile of " + request.getUserPrincipal().getName() + " not recorded yet", e);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
