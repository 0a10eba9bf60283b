/**
 * Exports of staff lists as CSV and XLSX: a list names its columns ({@link org.opendividend.platform.export.ExportColumn}:
 * a header key in the bundles and a typed value), {@link org.opendividend.platform.export.SheetExport} streams the rows
 * through a {@link org.opendividend.platform.export.SheetWriter} of the chosen format, and
 * {@link org.opendividend.platform.export.ExportDownload} sends the file from a Faces action, or a translated message
 * when it could not be made. One rule ({@link org.opendividend.platform.export.FormulaCells}) keeps text that a
 * spreadsheet would run as a formula inert in both formats. Plumbing only: which rows and columns is the business
 * component's business.
 */
package org.opendividend.platform.export;
