package org.opendividend.platform.export;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.security.LoginRequiredException;
import org.opendividend.platform.web.PageMessages;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an export from a (non-Ajax) Faces action. The file is written to a temporary file first and only then sent,
 * so that a failure half-way can still be told on the page (a translated message with a reference that the log
 * carries with the stack trace) instead of a truncated or empty download; memory stays flat however long the list.
 * On success the response carries PrimeFaces' download cookie, which {@code PrimeFaces.monitorDownload(start, stop,
 * key)} on the page waits for to end its progress indication.
 */
public final class ExportDownload {

    private static final Logger LOG = Logger.getLogger(ExportDownload.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(Formats.TAIPEI);

    /** The key the pages' {@code PrimeFaces.monitorDownload} waits with ({@code WEB-INF/includes/export-buttons.xhtml}). */
    public static final String MONITOR_KEY = "export";

    /** What writes the export's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What hands a list's rows to the export in order, typically a facade streaming them from the database. */
    @FunctionalInterface
    public interface Rows<R> {
        void each(Consumer<R> sink);
    }

    private ExportDownload() {
    }

    /**
     * Sends a staff list: the file {@code list-<Taipei time>.<extension>}, its sheet named {@code list}, the columns
     * and their headers in the view's language, the rows as {@code rows} hands them over; or the page's message.
     */
    public static <R> boolean sendList(FacesContext faces, ExportFormat format, String list, Instant now,
                                       Function<Locale, List<ExportColumn<R>>> columns, Rows<R> rows) {
        Locale locale = faces.getViewRoot().getLocale();
        return send(faces, format, fileName(list, now, format), MONITOR_KEY, out -> {
            try (SheetExport<R> sheet = SheetExport.begin(format, out, list, columns.apply(locale), locale)) {
                rows.each(sheet::add);
                sheet.finish();
            }
        });
    }

    /** {@code submissions-20270301-1000.csv}: the list, when (Taipei time), the format. */
    public static String fileName(String list, Instant at, ExportFormat format) {
        return list + "-" + STAMP.format(at) + "." + format.extension();
    }

    /**
     * Writes and sends the file, or shows {@code export.failed} on the page and answers false. Refusals (not logged
     * in, not allowed) are not failures of the export: they go on to the error pages as everywhere.
     */
    public static boolean send(FacesContext faces, ExportFormat format, String fileName, String monitorKey, Body body) {
        Path file;
        try {
            file = prepare(format, fileName, body);
        } catch (Failed failed) {
            PageMessages.error("export.failed", failed.reference());
            return false;
        }
        try {
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType(format.contentType());
            external.setResponseHeader("Content-Length", Long.toString(Files.size(file)));
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            external.addResponseCookie(monitorCookie(faces, monitorKey), "true", Map.of("path", cookiePath(external)));
            Files.copy(file, external.getResponseOutputStream());
            faces.responseComplete();
            return true;
        } catch (IOException e) {
            // the file was complete: the browser went away while receiving it, nobody is left to tell
            LOG.log(Level.INFO, "export " + fileName + " was not received completely: " + e);
            faces.responseComplete();
            return false;
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * The export written completely to a temporary file, which the caller deletes; on failure the file is gone and
     * the cause is logged under the reference that {@link Failed} carries to the page.
     */
    static Path prepare(ExportFormat format, String fileName, Body body) throws Failed {
        Path file = null;
        try {
            file = Files.createTempFile("od-export-", "." + format.extension());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                body.writeTo(out);
            }
            return file;
        } catch (AccessDeniedException | LoginRequiredException refused) {
            deleteQuietly(file);
            throw refused;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.WARNING, "export " + fileName + " failed, reference " + reference + " shown to the user", e);
            throw new Failed(reference);
        }
    }

    /** An export that could not be made; the log has the cause under {@link #reference()}. */
    static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;
        private final String reference;

        Failed(String reference) {
            super("export failed, reference " + reference);
            this.reference = reference;
        }

        String reference() {
            return reference;
        }
    }

    /**
     * The cookie {@code PrimeFaces.monitorDownload} polls for: {@code primefaces.download}, the view id with slashes
     * as underscores and without its extension, and the monitor key (as PrimeFaces' core.js composes it).
     */
    static String monitorCookie(FacesContext faces, String monitorKey) {
        String view = faces.getViewRoot().getViewId().replace('/', '_');
        int dot = view.lastIndexOf('.');
        return "primefaces.download" + (dot < 0 ? view : view.substring(0, dot))
                + (monitorKey == null || monitorKey.isEmpty() ? "" : "_" + monitorKey);
    }

    private static String cookiePath(ExternalContext external) {
        String path = external.getRequestContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "temporary export file " + file + " could not be deleted", e);
        }
    }
}
