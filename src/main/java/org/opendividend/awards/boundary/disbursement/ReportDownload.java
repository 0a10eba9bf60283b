package org.opendividend.awards.boundary.disbursement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.files.AttachmentDisposition;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;
import java.nio.file.Files;

/**
 * A tranche report's PDF: {@code /disbursement/report?id=SHARE}, for the grantee's organisation and the paying
 * ministry's officers, approvers and finance users ({@link ReportFiles#download}). Refused as the other downloads
 * refuse: 403 (audited) for a report that is not theirs, 404 for an unknown share, one without a PDF or an address
 * without a valid number. Only logged-in people reach it ({@code web.xml}).
 */
@WebServlet(ReportDownload.PATH)
public class ReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/disbursement/report";

    @Inject
    transient ReportFiles reports;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFiles.Download download;
        try {
            download = reports.download(id);
        } catch (AccessDeniedException | NoSuchObjectException refusal) {
            refusals.refused(request, refusal);
            response.sendError(refusal instanceof NoSuchObjectException ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLengthLong(download.file().sizeBytes());
        response.setHeader("Content-Disposition", AttachmentDisposition.header("attachment", download.file().fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Files.copy(download.path(), response.getOutputStream());
    }
}
