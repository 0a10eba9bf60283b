package org.opendividend.awards.boundary.disbursement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.files.PdfDownloads;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;
import java.util.OptionalLong;

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
        OptionalLong id = PdfDownloads.number(request, "id");
        if (id.isEmpty()) {
            PdfDownloads.unknown(response);
            return;
        }
        ReportFiles.Download download;
        try {
            download = reports.download(id.getAsLong());
        } catch (AccessDeniedException | NoSuchObjectException refusal) {
            PdfDownloads.refuse(request, response, refusals, refusal);
            return;
        }
        PdfDownloads.stored(response, download.path(), download.file().fileName(), download.file().sha256());
    }
}
