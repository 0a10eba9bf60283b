package org.opendividend.platform.identity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.identity.LogoutTokenVerifier.InvalidLogoutTokenException;

import java.io.IOException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * {@code POST /session/backchannel-logout}: the identity provider tells that a person's login there ended (logout
 * elsewhere, an administrator ending their sessions), with a signed logout token in the form parameter
 * {@code logout_token} (OpenID Connect Back-Channel Logout 1.0). The application's sessions of that login end too.
 * Open to anyone, as the provider calls without a login: a token that fails verification is answered 400 and ends
 * nothing. Not a browser's page: browsers' cross-site writes are still refused before it ({@code CrossSiteWrites}).
 */
@WebServlet(BackChannelLogout.PATH)
public class BackChannelLogout extends HttpServlet {

    static final String PATH = "/session/backchannel-logout";
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());
    /** A form with one token of at most {@link LogoutTokenVerifier#MAX_LENGTH} characters, URL-encoded. */
    private static final int MAX_BODY_BYTES = 3 * LogoutTokenVerifier.MAX_LENGTH;

    @Inject
    ProviderKeys providerKeys;

    @Inject
    OidcSettings settings;

    @Inject
    LoginSessions logins;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            // refused before the body is read: nobody has logged in here
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        LogoutToken token;
        try {
            token = new LogoutTokenVerifier(providerKeys.issuer(), settings.getClientId(), providerKeys::key,
                    Clock.systemUTC()).verify(request.getParameter("logout_token"));
        } catch (InvalidLogoutTokenException refused) {
            LOG.warning(() -> "back-channel logout refused: " + refused.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (IllegalStateException providerUnreachable) {
            LOG.warning(() -> "back-channel logout not checked, the identity provider is unreachable: " + providerUnreachable.getMessage());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        int ended = logins.end(token);
        LOG.info(() -> "back-channel logout ended " + ended + " session(s) of " + token.subject().orElse("?"));
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
