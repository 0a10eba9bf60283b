package org.opendividend.platform.identity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps {@link LoginSessions} in step with the container: an ended session is forgotten, a renamed one followed. */
@WebListener
public class LoginSessionListener implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    LoginSessions logins;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        logins.forget(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        logins.renamed(oldSessionId, event.getSession().getId());
    }
}
