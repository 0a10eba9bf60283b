package org.opendividend.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.util.Locale;

/**
 * The largest JSON body the API reads. The largest valid application (every question at its word limit, in
 * Chinese at three bytes a character) is well under a megabyte; a body announced larger is refused with 413 before
 * a byte of it is read, and one sent in chunks without a length is cut off at the limit by {@link JsonObjectReader}.
 * Files go to the attachments API, which streams them to disk under its own limit.
 */
public class JsonBodyLimit extends HttpFilter {

    static final int MAX_BYTES = 4 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES
                && String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT).startsWith("application/json")) {
            ErrorResponses.send(response, Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", "api.problem.tooLarge",
                    ApiLanguage.of(request));
            return;
        }
        chain.doFilter(request, response);
    }
}
