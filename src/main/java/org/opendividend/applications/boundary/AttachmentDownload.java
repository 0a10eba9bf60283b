package org.opendividend.applications.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.files.PdfDownloads;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.web.AccessRefusals;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Streams an attachment ({@code /attachment?id=…}) to the members of the application's organisation and the
 * officers of the ministries funding its call, refused as {@link DownloadRefusal} says. The name in the header is
 * the sanitised original, the bytes are exactly those stored (their SHA-256 is listed next to the link).
 */
@WebServlet("/attachment")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentFacade attachments;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = PdfDownloads.number(request, "id");
        if (id.isEmpty()) {
            PdfDownloads.unknown(response);
            return;
        }
        serve(request, response, refusals, () -> attachments.download(id.getAsLong()));
    }

    /**
     * Answers with the file {@code source} names, or with the refusal it throws (audited): also for a component that
     * decides itself who reads an application's submitted files (review, for a reviewer's assignment).
     */
    public static void serve(HttpServletRequest request, HttpServletResponse response, AccessRefusals refusals,
                             Supplier<AttachmentFacade.Download> source) throws IOException {
        AttachmentFacade.Download download;
        try {
            download = source.get();
        } catch (AccessDeniedException | NoSuchObjectException refusal) {
            PdfDownloads.refuse(request, response, refusals, refusal);
            return;
        }
        PdfDownloads.stored(response, download.file(), download.attachment().fileName(), download.attachment().sha256());
    }
}
