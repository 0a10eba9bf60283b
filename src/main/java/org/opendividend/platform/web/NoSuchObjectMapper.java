package org.opendividend.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.validation.NoSuchObjectException;

/** An object that is not there (or may not be known) answers 404 with a translated message. */
@Provider
public class NoSuchObjectMapper implements ExceptionMapper<NoSuchObjectException> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(NoSuchObjectException e) {
        AccessRefusals.record(request, e);
        return ErrorResponses.of(Response.Status.NOT_FOUND, "not_found", "error.notFound.object",
                ErrorResponses.language(headers));
    }
}
