package org.opendividend.platform.files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * How every PDF download answers (attachments, receipts, agreements, tranche reports), the same for all: only
 * logged-in people reach them (the container sends everyone else to log in first), so a refusal is 403 for a file
 * that is not theirs, 404 for one that does not exist or an address without a valid number, each refusal of a person
 * audited; a file is sent as stored, never cached, never sniffed as anything but a PDF.
 */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    /** The number in the parameter {@code name}; empty when it is missing or not a number (answer {@link #unknown}). */
    public static OptionalLong number(HttpServletRequest request, String name) {
        try {
            return OptionalLong.of(Long.parseLong(request.getParameter(name)));
        } catch (NumberFormatException | NullPointerException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** The answer to an address whose numbers cannot be read. */
    public static void unknown(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The answer to what the facade refused. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, AccessRefusals refusals,
                              RuntimeException refusal) throws IOException {
        refusals.refused(request, refusal);
        response.sendError(refusal instanceof NoSuchObjectException ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_FORBIDDEN);
    }

    /** A stored file, to be saved under its (sanitised) name, with its SHA-256 so the reader can check the bytes. */
    public static void stored(HttpServletResponse response, Path file, String fileName, String sha256Hex)
            throws IOException {
        response.setContentType("application/pdf");
        response.setContentLengthLong(Files.size(file));
        response.setHeader("Content-Disposition", AttachmentDisposition.header("attachment", fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex)));
        Files.copy(file, response.getOutputStream());
    }

    /** A PDF made for this request (a receipt, an agreement), shown in the browser. */
    public static void generated(HttpServletResponse response, byte[] pdf, String fileName) throws IOException {
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", AttachmentDisposition.header("inline", fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
