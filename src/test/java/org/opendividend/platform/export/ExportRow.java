package org.opendividend.platform.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row as the export tests write it, with one column of each kind. */
record ExportRow(String title, Instant at, BigDecimal amount, Long count) {

    static final List<ExportColumn<ExportRow>> COLUMNS = List.of(
            ExportColumn.text("screening.column.title", ExportRow::title),
            ExportColumn.instant("screening.column.submittedAt", ExportRow::at),
            ExportColumn.amount("screening.column.requested", ExportRow::amount),
            ExportColumn.number("screening.column.versions", ExportRow::count));
}
