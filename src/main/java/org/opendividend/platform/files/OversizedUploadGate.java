package org.opendividend.platform.files;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.web.RefusalPage;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses an upload to a page (the wizard, a tranche's report) that announces more than an attachment may hold, before a byte of it is read or
 * buffered to disk: 413 with a translated page. The browser's own check (the upload's size limit) stops such a file
 * before it is sent; this is the server's, for any other client. Uploads sent without a length are cut off by the
 * container's multipart limits ({@code web.xml}), and what arrives is checked by the attachment store.
 */
public class OversizedUploadGate extends HttpFilter {

    /** Room for the form's other fields (the view state, the ids) beside the file. */
    static final long FORM_ALLOWANCE = 512 * 1024;

    @Inject
    FileStorage storage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isTooLarge(request.getContentType(), request.getContentLengthLong(), storage.maxBytes())) {
            RefusalPage.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "attachment.refused.title", "attachment.problem.tooLarge", storage.maxBytes() / (1024 * 1024));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isTooLarge(String contentType, long contentLength, long maxFileBytes) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && contentLength > maxFileBytes + FORM_ALLOWANCE;
    }
}
