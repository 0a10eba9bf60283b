package org.opendividend.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.security.LoginRequiredException;

/** An anonymous call to an endpoint for logged-in people answers 401 with a translated message (no redirect). */
@Provider
public class LoginRequiredMapper implements ExceptionMapper<LoginRequiredException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LoginRequiredException e) {
        return ErrorResponses.of(Response.Status.UNAUTHORIZED, "login_required", "error.http.401",
                ErrorResponses.language(headers));
    }
}
