package org.opendividend.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.opendividend.platform.events.AccessRefused;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the audit trail that the server refused a logged-in person: called by every place that answers a refusal
 * (the area guard, the API's exception mappers, the Faces refusal handler, the file downloads). Recording never
 * changes the answer: whatever goes wrong is logged, and the person still gets their 403 or 404.
 * <p>
 * Anonymous visitors are not recorded: their refusals are the 401s and login redirects of anyone on the internet
 * (crawlers, expired sessions), noise that would bury the refusals of people the fund knows.
 */
@ApplicationScoped
public class AccessRefusals {

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());
    static final String NOT_FOUND_REASON = "error.notFound.object";
    /** The audit column's size. */
    static final int OBJECT_ID_MAX = 128;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<AccessRefused> events;

    /** For the places the container creates without injection (the Faces exception handler, JAX-RS mappers). */
    public static void record(HttpServletRequest request, RuntimeException refusal) {
        try {
            CDI.current().select(AccessRefusals.class).get().refused(request, refusal);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a refusal could not be audited", e);
        }
    }

    /** A refusal thrown by a facade: the object it names if it names one, otherwise the path. */
    public void refused(HttpServletRequest request, RuntimeException refusal) {
        if (refusal instanceof NoSuchObjectException missing) {
            fire(request, missing.objectType(), missing.objectId(), NOT_FOUND_REASON);
        } else if (refusal instanceof AccessDeniedException denied) {
            refused(request, denied.reasonKey());
        }
    }

    /** A refusal of a path: a role's area, or an API path of a role. */
    public void refused(HttpServletRequest request, String reasonKey) {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        fire(request, path.startsWith("/api/") ? "Api" : "Page", objectOf(path, request.getParameter("id")), reasonKey);
    }

    private void fire(HttpServletRequest request, String objectType, String objectId, String reasonKey) {
        try {
            Caller caller = currentUser.caller();
            if (!caller.isAuthenticated()) {
                return;
            }
            events.fire(new AccessRefused(caller.actor(), objectType, fit(objectId), request.getMethod(), reasonKey));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a refusal could not be audited", e);
        }
    }

    /**
     * The path and the page's {@code id} parameter, which names the object on the pages; no other parameter, since
     * some carry secrets (an invitation's token) that have no place in the audit log.
     */
    static String objectOf(String path, String id) {
        return id == null || id.isBlank() ? path : path + "?id=" + id;
    }

    private static String fit(String objectId) {
        return objectId.length() <= OBJECT_ID_MAX ? objectId : objectId.substring(0, OBJECT_ID_MAX - 1) + "…";
    }
}
