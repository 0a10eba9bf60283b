package org.opendividend.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;

import java.io.IOException;

/**
 * Every refusal on the API is a JSON problem, also those the container or JAX-RS answer before a resource or an
 * exception mapper is reached (a malformed header, a method the path does not have): an error the chain sends
 * ({@code sendError}) on an {@code /api/} path is written as the problem of its status instead of an HTML page, and
 * a fault thrown below JAX-RS is logged as an incident and answered as a 500 problem with its number.
 */
public class ApiProblems extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        ProblemOnError answer = new ProblemOnError(response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | RuntimeException fault) {
            if (response.isCommitted()) {
                throw fault;
            }
            // a fault below JAX-RS (where no mapper sees it): still an incident, still a JSON answer
            ErrorResponses.send(response, Response.Status.INTERNAL_SERVER_ERROR,
                    "incident-" + UnexpectedErrorMapper.logIncident(fault), "error.500.text", ApiLanguage.of(request));
            return;
        }
        if (answer.error != null && !response.isCommitted()) {
            Response.Status status = Response.Status.fromStatusCode(answer.error);
            ErrorResponses.send(response, status == null ? Response.Status.BAD_REQUEST : status,
                    status == null ? "error" : status.name().toLowerCase(), ErrorResponses.messageKey(answer.error),
                    ApiLanguage.of(request));
        }
    }

    /** Holds back an error the chain sends, so that it is answered as a problem when the chain returns. */
    static final class ProblemOnError extends HttpServletResponseWrapper {

        Integer error;

        ProblemOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            error = status;
        }

        @Override
        public void sendError(int status, String message) {
            error = status;
        }
    }
}
