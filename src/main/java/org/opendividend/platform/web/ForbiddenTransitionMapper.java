package org.opendividend.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.validation.ForbiddenTransitionException;

/**
 * A step the workflow has no row for answers 409 with the state and the action named in the reader's language: a
 * rule refused the request, nothing changed, and no incident is logged.
 */
@Provider
public class ForbiddenTransitionMapper implements ExceptionMapper<ForbiddenTransitionException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ForbiddenTransitionException e) {
        return ErrorResponses.of(Response.Status.CONFLICT, "forbidden_transition", e.problem(),
                ErrorResponses.language(headers));
    }
}
