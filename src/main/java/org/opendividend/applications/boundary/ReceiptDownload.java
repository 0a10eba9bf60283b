package org.opendividend.applications.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.files.PdfDownloads;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.web.AccessRefusals;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.io.IOException;
import java.util.Locale;

/**
 * The PDF receipt and summary of a submitted version: {@code /applicant/receipt?application=ID&version=N}, in the
 * person's language, to the members of the organisation; refused as {@link DownloadRefusal} says.
 */
@WebServlet("/applicant/receipt")
public class ReceiptDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReceiptFacade receipts;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long application;
        int version;
        try {
            application = Long.parseLong(request.getParameter("application"));
            version = Integer.parseInt(request.getParameter("version"));
        } catch (NumberFormatException | NullPointerException notANumber) {
            PdfDownloads.unknown(response);
            return;
        }
        Locale locale = Languages.asked(request).orElse(Languages.ZH_TW);
        byte[] pdf;
        try {
            pdf = receipts.pdf(application, version, locale);
        } catch (AccessDeniedException | NoSuchObjectException refusal) {
            PdfDownloads.refuse(request, response, refusals, refusal);
            return;
        }
        PdfDownloads.generated(response, pdf, "receipt-" + application + "-v" + version + ".pdf");
    }
}
