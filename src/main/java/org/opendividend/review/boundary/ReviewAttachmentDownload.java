package org.opendividend.review.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.applications.boundary.AttachmentDownload;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;

/**
 * A submitted file of the application a reviewer reviews ({@code /reviewer/attachment?assignment=…&id=…}): the
 * assignment must be the caller's and open the application ({@link ReviewingFacade#attachment}); the file is then
 * answered as every attachment is ({@link AttachmentDownload#serve}), a refusal audited. The applications component
 * never asks review, so the reviewer's right is decided here, in the component that owns the assignment.
 */
@WebServlet("/reviewer/attachment")
public class ReviewAttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewingFacade reviewing;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long assignment;
        long attachment;
        try {
            assignment = Long.parseLong(request.getParameter("assignment"));
            attachment = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload.serve(request, response, refusals, () -> reviewing.attachment(assignment, attachment));
    }
}
