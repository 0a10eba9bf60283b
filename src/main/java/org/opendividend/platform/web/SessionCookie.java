package org.opendividend.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie's attributes, set before the first session: {@code HttpOnly} (no script reads it) and
 * {@code Secure} when the application is served over https ({@code SameSite=Lax} is set in
 * {@code glassfish-web.xml}, where Payara reads it). Payara marks it Secure by itself when the request that
 * created the session came over https; behind a proxy that ends TLS the request arrives as plain http, so the
 * public address ({@code opendividend.public-url}) decides too.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        configure(event.getServletContext().getSessionCookieConfig(), PublicLinks.publicUrl());
    }

    static void configure(SessionCookieConfig cookie, String publicUrl) {
        cookie.setHttpOnly(true);
        if (publicUrl.startsWith("https://")) {
            cookie.setSecure(true);
        }
    }
}
