package org.opendividend.applications.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.files.AttachmentDisposition;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.web.AccessRefusals;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.io.IOException;
import java.nio.file.Files;
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
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notAnId) {
            DownloadRefusal.unknown(response);
            return;
        }
        serve(request, response, refusals, () -> attachments.download(id));
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
            DownloadRefusal.refuse(request, response, refusals, refusal);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLengthLong(Files.size(download.file()));
        response.setHeader("Content-Disposition", AttachmentDisposition.header("attachment", download.attachment().fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(download.attachment().sha256())));
        Files.copy(download.file(), response.getOutputStream());
    }
}
