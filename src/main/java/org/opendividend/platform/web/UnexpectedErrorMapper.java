package org.opendividend.platform.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else a REST call throws: HTTP errors keep their status with a translated message; faults are logged
 * with an incident number, and the caller gets the number, not the stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

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
