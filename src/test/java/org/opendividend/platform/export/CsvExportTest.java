package org.opendividend.platform.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvExportTest {

    private static String export(Locale locale, List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetExport<ExportRow> sheet = SheetExport.begin(ExportFormat.CSV, out, "test", ExportRow.COLUMNS, locale)) {
            rows.forEach(sheet::add);
            sheet.finish();
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                "UTF-8 with a byte-order mark, so that Excel reads the Chinese text");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void headersInTheReadersLanguageDatesInTaipeiTimeAmountsAsDigits() throws IOException {
        ExportRow row = new ExportRow("客語語料", Instant.parse("2027-03-01T02:00:00Z"), new BigDecimal("1500000"), 2L);
        assertEquals("計畫名稱,提交時間,申請金額（新臺幣）,版本數\r\n客語語料,2027-03-01 10:00:00,1500000,2\r\n",
                export(Locale.TRADITIONAL_CHINESE, List.of(row)));
        assertEquals("Project,Submitted,Requested (TWD),Versions\r\n客語語料,2027-03-01 10:00:00,1500000,2\r\n",
                export(Locale.ENGLISH, List.of(row)));
    }

    @Test
    void formulaLikeTextIsNeutralisedAndQuotedWhereNeeded() throws IOException {
        String csv = export(Locale.ENGLISH, List.of(
                new ExportRow("=HYPERLINK(\"http://evil.example\",\"x\")", null, null, null),
                new ExportRow("@SUM(A1)", null, null, null),
                new ExportRow("-1+2", null, null, null),
                new ExportRow("a, \"b\"\nc", null, null, null)));
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,,", lines.get(1));
        assertEquals("'@SUM(A1),,,", lines.get(2));
        assertEquals("'-1+2,,,", lines.get(3));
        assertEquals("\"a, \"\"b\"\"\nc\",,,", lines.get(4));
    }
}
