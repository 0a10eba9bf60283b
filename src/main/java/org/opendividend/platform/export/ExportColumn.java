package org.opendividend.platform.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: its header (a key of the message bundles, shown in the reader's language) and how a row
 * gives its typed value, so that dates become dates and amounts numbers in the spreadsheet, not text.
 */
public record ExportColumn<R>(String headerKey, Kind kind, Function<R, ?> value) {

    /** What a column holds, and so how each format writes it. */
    public enum Kind { TEXT, INSTANT, AMOUNT, NUMBER }

    public ExportColumn {
        Objects.requireNonNull(headerKey, "headerKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static <R> ExportColumn<R> text(String headerKey, Function<R, String> value) {
        return new ExportColumn<>(headerKey, Kind.TEXT, value);
    }

    public static <R> ExportColumn<R> instant(String headerKey, Function<R, Instant> value) {
        return new ExportColumn<>(headerKey, Kind.INSTANT, value);
    }

    public static <R> ExportColumn<R> amount(String headerKey, Function<R, BigDecimal> value) {
        return new ExportColumn<>(headerKey, Kind.AMOUNT, value);
    }

    public static <R> ExportColumn<R> number(String headerKey, Function<R, ? extends Number> value) {
        return new ExportColumn<>(headerKey, Kind.NUMBER, value);
    }

    /** Writes this column's cell of the row. */
    void write(R row, SheetWriter out) throws IOException {
        Object cell = value.apply(row);
        switch (kind) {
            case TEXT -> out.text((String) cell);
            case INSTANT -> out.instant((Instant) cell);
            case AMOUNT -> out.amount((BigDecimal) cell);
            case NUMBER -> out.number(cell == null ? null : ((Number) cell).longValue());
        }
    }
}
