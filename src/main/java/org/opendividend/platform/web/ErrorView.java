package org.opendividend.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.security.AccessDeniedException;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the error pages show: a translated explanation and, for faults, an incident number that is logged with the
 * stack trace, which the reader never sees.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageSelection language;

    private String incident;

    private Throwable error() {
        Object refusal = request.getAttribute(RefusalExceptionHandler.REFUSAL);
        return refusal != null ? (Throwable) refusal : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    }

    /** Logs the fault once under a fresh incident number and gives the number. */
    public String getIncident() {
        if (incident == null) {
            incident = UUID.randomUUID().toString().substring(0, 8);
            Throwable error = error();
            LOG.log(Level.SEVERE, "incident " + incident + " at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    error);
        }
        return incident;
    }

    /** The translated reason of a refusal, when a permission predicate gave one. */
    public String getReason() {
        for (Throwable t = error(); t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return Texts.text(language.getLocale(), denied.reasonKey());
            }
        }
        return "";
    }

    /** Whether the fault is that the identity provider cannot be reached, so nobody can log in now. */
    public boolean isIdentityProviderDown() {
        for (Throwable t = error(); t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || (t.getMessage() != null && t.getMessage().contains("OpenID Provider"))
                    || t.getClass().getName().equals("jakarta.ws.rs.ProcessingException")) {
                return true;
            }
        }
        return false;
    }

    /** The page the reader was on when their view expired, to start again from a fresh copy. */
    public String getBackLink() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getContextPath() + "/" : uri.toString();
    }
}
