package org.opendividend.platform.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.opendividend.platform.i18n.Formats;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * XLSX through POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory, the rest go to a
 * compressed temporary file until {@link #finish()} writes the workbook. Cells are typed: instants are date-time
 * cells in Taipei time (Excel has no time zones, so the officer sees what the page shows), amounts and numbers are
 * numeric. Text is always a text cell, never a formula; text that looks like one is also quote-prefixed so that
 * editing the cell in Excel keeps it text ({@link FormulaCells}).
 */
public final class XlsxExport implements SheetWriter {

    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle dateTime;
    private final CellStyle amount;
    private final CellStyle quotedText;
    private final CellStyle header;
    private Row row;
    private int rowNumber;
    private int column;

    public XlsxExport(OutputStream out, String sheetName) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setQuotePrefixed(true);
    }

    @Override
    public void text(String value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value);
            if (rowNumber == 0) {
                cell.setCellStyle(header);
            } else if (FormulaCells.looksLikeFormula(value)) {
                cell.setCellStyle(quotedText);
            }
        }
    }

    @Override
    public void instant(Instant value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, Formats.TAIPEI));
            cell.setCellStyle(dateTime);
        }
    }

    @Override
    public void amount(BigDecimal value) {
        Cell cell = next();
        if (value != null) {
            // whole dollars (at most 15 digits in the schema) are exact in a double, Excel's only number type
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(amount);
        }
    }

    @Override
    public void number(Long value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private Cell next() {
        if (row == null) {
            row = sheet.createRow(rowNumber);
        }
        return row.createCell(column++);
    }

    @Override
    public void endRow() {
        if (row == null) {
            sheet.createRow(rowNumber);
        }
        row = null;
        rowNumber++;
        column = 0;
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary file of the rows already flushed. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // closing only releases memory here: the file was written (or abandoned) before
        }
    }
}
