package org.opendividend.platform.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxExportTest {

    private static XSSFWorkbook export(List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetExport<ExportRow> sheet = SheetExport.begin(ExportFormat.XLSX, out, "submissions", ExportRow.COLUMNS,
                Locale.TRADITIONAL_CHINESE)) {
            rows.forEach(sheet::add);
            sheet.finish();
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void cellsAreTypedDatesInTaipeiTimeAmountsAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = export(List.of(
                new ExportRow("客語語料", Instant.parse("2027-03-01T17:30:00Z"), new BigDecimal("1500000"), 2L)))) {
            Sheet sheet = workbook.getSheet("submissions");
            assertEquals(1, sheet.getLastRowNum(), "the header and one row");
            assertEquals("計畫名稱", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("申請金額（新臺幣）", sheet.getRow(0).getCell(2).getStringCellValue());
            Row row = sheet.getRow(1);
            assertEquals("客語語料", row.getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(1)), "a date cell");
            assertEquals(LocalDateTime.of(2027, 3, 2, 1, 30), row.getCell(1).getLocalDateTimeCellValue(), "in Taipei time");
            assertEquals(CellType.NUMERIC, row.getCell(2).getCellType());
            assertEquals(1_500_000d, row.getCell(2).getNumericCellValue());
            assertEquals(2d, row.getCell(3).getNumericCellValue());
        }
    }

    @Test
    void formulaLikeTextIsStoredAsQuotePrefixedTextNeverAsAFormula() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"點我\")";
        try (XSSFWorkbook workbook = export(List.of(new ExportRow(formula, null, null, null),
                new ExportRow("+886 2 1234", null, null, null), new ExportRow("客語語料", null, null, null)))) {
            Sheet sheet = workbook.getSheetAt(0);
            var cell = sheet.getRow(1).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType(), "text, not a formula");
            assertEquals(formula, cell.getStringCellValue(), "kept exactly as the applicant typed it");
            assertTrue(cell.getCellStyle().getQuotePrefixed(), "Excel keeps it text when the cell is edited");
            assertTrue(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
            assertFalse(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed(), "ordinary text as usual");
        }
    }
}
