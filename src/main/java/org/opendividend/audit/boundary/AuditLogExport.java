package org.opendividend.audit.boundary;

import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.platform.export.ExportColumn;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the audit log's CSV and XLSX exports, as the page shows them: the sequence number as a number, the
 * instant as a date in Taipei time, then who, what and how. Actors and summaries are written by the application and by
 * people (names, reasons), so they pass the export's formula rule like any text.
 */
public final class AuditLogExport {

    public static final String LIST = "audit-log";

    private AuditLogExport() {
    }

    /** The headers are the page's; the cells are recorded text, the same in every language. */
    public static List<ExportColumn<AuditEntry>> columns(Locale locale) {
        return List.of(
                ExportColumn.number("audit.seq", AuditEntry::seq),
                ExportColumn.instant("audit.when", AuditEntry::occurredAt),
                ExportColumn.text("audit.actor", AuditEntry::actorName),
                ExportColumn.text("audit.object", e -> e.objectType() + " " + e.objectId()),
                ExportColumn.text("audit.action", AuditEntry::action),
                ExportColumn.text("audit.summary", AuditEntry::summary));
    }
}
