package org.opendividend.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.security.AccessDeniedException;

/** A refused permission answers 403 with the translated reason. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(AccessDeniedException e) {
        AccessRefusals.record(request, e);
        var locale = ErrorResponses.language(headers);
        return ErrorResponses.of(Response.Status.FORBIDDEN, "forbidden", e.reasonKey(), locale);
    }
}
