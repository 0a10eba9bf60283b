package org.opendividend.platform.export;

import java.io.IOException;
import java.io.OutputStream;

/** The formats officers download lists in: the content type, the file name's extension, and the writer. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** A writer of this format onto the stream; {@code sheetName} names the XLSX sheet. */
    public SheetWriter open(OutputStream out, String sheetName) throws IOException {
        return this == CSV ? new CsvExport(out) : new XlsxExport(out, sheetName);
    }
}
