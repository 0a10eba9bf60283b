package org.opendividend.platform.export;

import org.opendividend.platform.i18n.Formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * CSV as RFC 4180 describes it (comma, CRLF, fields quoted when they hold a comma, quote or line break), in UTF-8
 * behind a byte-order mark: without it Excel reads the file in the machine's code page and Chinese text arrives
 * garbled. Instants are written in Taipei time ({@code 2027-03-01 10:00:00}), amounts as plain digits, and text that
 * looks like a formula behind an apostrophe ({@link FormulaCells}).
 */
public final class CsvExport implements SheetWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;
    private boolean firstInRow = true;

    public CsvExport(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.out.write(BYTE_ORDER_MARK);
    }

    @Override
    public void text(String value) throws IOException {
        cell(value == null ? "" : quoted(FormulaCells.neutralised(value)));
    }

    @Override
    public void instant(Instant value) throws IOException {
        cell(Formats.taipei(value));
    }

    @Override
    public void amount(BigDecimal value) throws IOException {
        cell(value == null ? "" : value.toPlainString());
    }

    @Override
    public void number(Long value) throws IOException {
        cell(value == null ? "" : value.toString());
    }

    private void cell(String written) throws IOException {
        if (!firstInRow) {
            out.write(',');
        }
        out.write(written);
        firstInRow = false;
    }

    static String quoted(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public void endRow() throws IOException {
        out.write("\r\n");
        firstInRow = true;
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /** Nothing to release: the stream belongs to the caller. */
    @Override
    public void close() {
    }
}
