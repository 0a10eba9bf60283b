package org.opendividend.platform.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.persistence.DatabaseOutage;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else a REST call throws: HTTP errors keep their status with a translated message; the database being
 * away is a 503 with {@code Retry-After} (nothing was stored, try again); faults are logged with an incident number,
 * and the caller gets the number, not the stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    /** A database restart or failover takes about this long. */
    static final String RETRY_AFTER_SECONDS = "30";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        var locale = ErrorResponses.language(headers);
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            String code = status == null ? "error" : status.name().toLowerCase();
            return ErrorResponses.of(status == null ? Response.Status.BAD_REQUEST : status, code,
                    ErrorResponses.messageKey(web.getResponse().getStatus()), locale);
        }
        if (DatabaseOutage.causedBy(e)) {
            // nothing was stored; an incident would only hide the real ones
            LOG.warning(() -> "the database is unreachable; answered 503 to try again: " + e);
            return Response.fromResponse(ErrorResponses.of(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable",
                    "error.databaseUnavailable", locale)).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = logIncident(e);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, "incident-" + incident, "error.500.text", locale);
    }

    /** Logs a fault with its stack trace under a fresh incident number, which the caller is given instead. */
    static String logIncident(Throwable fault) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, fault);
        return incident;
    }
}
