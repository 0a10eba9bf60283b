package org.opendividend.platform.export;

import org.opendividend.platform.i18n.Texts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * One export being written: the header row in the reader's language, then each row handed to {@link #add} as it
 * comes from the database, so that a list of any length passes through without being held.
 */
public final class SheetExport<R> implements AutoCloseable {

    private final List<ExportColumn<R>> columns;
    private final SheetWriter writer;
    private long rows;

    private SheetExport(List<ExportColumn<R>> columns, SheetWriter writer) {
        this.columns = List.copyOf(columns);
        this.writer = writer;
    }

    /** Opens the writer and writes the headers, translated into {@code locale}. */
    public static <R> SheetExport<R> begin(ExportFormat format, OutputStream out, String sheetName,
                                           List<ExportColumn<R>> columns, Locale locale) throws IOException {
        SheetWriter writer = format.open(out, sheetName);
        try {
            for (ExportColumn<R> column : columns) {
                writer.text(Texts.text(locale, column.headerKey()));
            }
            writer.endRow();
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        return new SheetExport<>(columns, writer);
    }

    /** Writes one row; unchecked so that it can be a {@code Consumer} of a facade that pages through the rows. */
    public void add(R row) {
        try {
            for (ExportColumn<R> column : columns) {
                column.write(row, writer);
            }
            writer.endRow();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows were added, the header not counted. */
    public long rows() {
        return rows;
    }

    public void finish() throws IOException {
        writer.finish();
    }

    @Override
    public void close() {
        writer.close();
    }
}
