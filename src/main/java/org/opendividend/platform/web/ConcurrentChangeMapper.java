package org.opendividend.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.validation.ConcurrentChangeException;

/** A write based on an outdated version answers 409: nothing was overwritten. */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<ConcurrentChangeException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConcurrentChangeException e) {
        return ErrorResponses.of(Response.Status.CONFLICT, "conflict", "error.http.409", ErrorResponses.language(headers));
    }
}
