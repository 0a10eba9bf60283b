package org.opendividend.review.boundary;

import org.opendividend.applications.boundary.SubmissionsRow;
import org.opendividend.platform.export.ExportColumn;
import org.opendividend.platform.i18n.Texts;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the screening list's CSV and XLSX exports, as the table shows them: headers and bilingual texts in
 * the officer's language, the submission instant as a date, the requested amount and the versions as numbers.
 */
public final class SubmissionsExport {

    public static final String LIST = "submissions";

    private SubmissionsExport() {
    }

    public static List<ExportColumn<SubmissionsRow>> columns(Locale locale) {
        return List.of(
                ExportColumn.instant("screening.column.submittedAt", SubmissionsRow::submittedAt),
                ExportColumn.text("screening.column.call", r -> r.callTitle(locale)),
                ExportColumn.text("screening.column.title", r -> r.title(locale)),
                ExportColumn.text("screening.column.organisation", r -> r.organisation(locale)),
                ExportColumn.text("screening.column.status", r -> Texts.text(locale, r.status().labelKey())),
                ExportColumn.amount("screening.column.requested", SubmissionsRow::requested),
                ExportColumn.text("screening.column.receipt", SubmissionsRow::receiptNumber),
                ExportColumn.number("screening.column.versions", SubmissionsRow::versions));
    }
}
