package org.opendividend.platform.identity;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opendividend.platform.health.IdentityProviderReadiness;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code /session/signin} (public, the "log in" link) first checks that the identity provider answers, and shows
 * a clear "login unavailable" page (503) when it does not, instead of sending the browser to an unreachable host;
 * {@code /session/login} (protected: reaching it means the person has logged in) sends them to their area;
 * {@code POST /session/logout} ends the application's session and, through the login mechanism, the identity
 * provider's session, then returns to the public page.
 */
@WebServlet(urlPatterns = {SessionEndpoints.SIGNIN, SessionEndpoints.LOGIN, SessionEndpoints.LOGOUT})
public class SessionEndpoints extends HttpServlet {

    static final String SIGNIN = "/session/signin";
    static final String LOGIN = "/session/login";
    static final String LOGOUT = "/session/logout";

    @Inject
    CurrentUser currentUser;

    @Inject
    @Readiness
    IdentityProviderReadiness identityProvider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SIGNIN.equals(request.getServletPath())) {
            if (identityProvider.call().getStatus() == HealthCheckResponse.Status.UP) {
                response.sendRedirect(request.getContextPath() + LOGIN);
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } else if (LOGIN.equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + currentUser.getHomeArea());
        } else {
            // logout changes state, so only by POST; a GET (an old link) just goes home
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!LOGOUT.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.logout(); // redirects to the provider's end-session endpoint, which returns to "/"
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the mechanism's logout invalidated it already
            }
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
