package org.opendividend.platform.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A spreadsheet being written row by row, cell by cell, left to right, to an output stream: nothing but the row
 * being written is held. {@link #finish()} completes the file; {@link #close()} releases what the writer used
 * (temporary files), whether or not the file was finished. A {@code null} value is an empty cell.
 */
public interface SheetWriter extends AutoCloseable {

    void text(String value) throws IOException;

    /** An instant as people in Taipei read it; a date-time cell where the format has them. */
    void instant(Instant value) throws IOException;

    /** Whole New Taiwan dollars, as a number. */
    void amount(BigDecimal value) throws IOException;

    void number(Long value) throws IOException;

    void endRow() throws IOException;

    void finish() throws IOException;

    @Override
    void close();
}
