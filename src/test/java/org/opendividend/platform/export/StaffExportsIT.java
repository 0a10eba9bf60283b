package org.opendividend.platform.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opendividend.stack.Browser;
import org.opendividend.stack.DemoCalls;
import org.opendividend.stack.RunningStack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.stack.Downloads.csv;
import static org.opendividend.stack.Downloads.download;
import static org.opendividend.stack.Downloads.xlsx;

/**
 * The staff lists' exports beyond screening, as their users download them in a real browser: the officer's calls
 * (the demo calls of the Ministry of Culture) and the fund-admin's audit log hold in CSV and XLSX the rows the page
 * counts, Chinese text, dates as Taipei date cells and amounts as numbers; a person without the page's role who posts
 * the export anyway is refused by the server.
 */
@ExtendWith(RunningStack.class)
class StaffExportsIT {

    /** Demo call 1001 (sql/demo): led by moc, co-funded by moda; it closes months after the demo day. */
    private static final String CORPUS_CALL = "客語及臺灣原住民族語言語音與文字語料建置";
    private static final long CORPUS_CALL_ID = 1001;
    private static final Pattern AUDIT_TOTAL = Pattern.compile("共\\s*(\\d+)\\s*筆");
    private static final String AUDIT_ROWS = "//tbody[@id='audit-form:audit-entries_data']/tr";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * One journey so that the audit log surely holds an entry by a person with a Chinese name: the officer starts a
     * draft (audited) before exporting the calls, then the fund-admin exports the log.
     */
    @Test
    void theOfficerExportsTheirCallsAndTheFundAdminTheAuditLog() throws Exception {
        Path downloads = Files.createTempDirectory("od-downloads");
        try (Browser officer = new Browser("zh-TW", downloads)) {
            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.click("area-calls");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("calls-title")));
            officer.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-ministry='moc']"))).click();
            officer.waiting().until(ExpectedConditions.urlContains("/officer/call.xhtml"));
            officer.open("/officer/calls.xhtml");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("calls-title")));
            int shown = officer.driver().findElements(By.cssSelector("[id='staff-calls_data'] tr[data-ri]")).size();
            assertTrue(shown >= 3, "the demo calls of moc and the new draft: " + shown);
            assertTrue(count(officer).contains(" " + shown + " "), "the notice tells the rows: " + count(officer));

            List<List<String>> csv = csv(download(officer, "calls-export:export-csv", ".csv", downloads));
            assertEquals(List.of("徵件", "主辦部會", "狀態", "截止收件（台北時間）", "徵件總預算（新臺幣）",
                    "其他部會合作出資（新臺幣）", "撰寫人"), csv.get(0), "headers in the officer's language");
            assertEquals(shown, csv.size() - 1, "the table's rows");
            List<String> corpus = csv.stream().filter(r -> r.get(0).equals(CORPUS_CALL)).findFirst().orElseThrow();
            assertEquals(List.of("文化部", DemoCalls.closesAtShown(CORPUS_CALL_ID), "30000000", "10000000", "張家豪"),
                    List.of(corpus.get(1), corpus.get(3), corpus.get(4), corpus.get(5), corpus.get(6)));
            assertTrue(csv.stream().anyMatch(r -> r.get(0).equals("（尚未命名的草稿）") && r.get(2).equals("草稿")),
                    "the new draft, untitled as on the page: " + csv);

            try (XSSFWorkbook xlsx = xlsx(download(officer, "calls-export:export-xlsx", ".xlsx", downloads))) {
                Sheet sheet = xlsx.getSheetAt(0);
                assertEquals(shown, sheet.getLastRowNum(), "the table's rows");
                Row row = rowWithText(sheet, 0, CORPUS_CALL);
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(3)), "a date cell");
                assertEquals(LocalDateTime.ofInstant(DemoCalls.closesAt(CORPUS_CALL_ID), java.time.ZoneId.of("Asia/Taipei")),
                        row.getCell(3).getLocalDateTimeCellValue(), "Taipei time");
                assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
                assertEquals(30_000_000d, row.getCell(4).getNumericCellValue());
                assertEquals(10_000_000d, row.getCell(5).getNumericCellValue());
            }
            assertEquals(403, forgedExport(officer, "/admin/index.xhtml", "audit-form"),
                    "an officer posting the audit log's export is refused by the server");
        }

        try (Browser admin = new Browser("zh-TW", downloads)) {
            admin.open("/admin/");
            admin.loginOnKeycloakPage("admin", "demo");
            admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-total")));
            Matcher total = AUDIT_TOTAL.matcher(admin.text("audit-total"));
            assertTrue(total.find(), admin.text("audit-total"));
            int entries = Integer.parseInt(total.group(1));
            List<WebElement> latest = admin.driver().findElements(By.xpath(AUDIT_ROWS + "[1]/td"));
            String latestSeq = latest.get(0).getText();
            String latestWhen = latest.get(1).getText();

            List<List<String>> csv = csv(download(admin, "audit-form:export-csv", ".csv", downloads));
            assertEquals(List.of("序號", "時間（台北）", "執行者", "對象", "動作", "摘要"), csv.get(0));
            assertEquals(entries, csv.size() - 1, "every entry the page counts, not only the latest shown");
            assertEquals(List.of(latestSeq, latestWhen), csv.get(1).subList(0, 2), "the latest first, as on the page");
            assertTrue(csv.stream().anyMatch(r -> r.get(2).contains("家豪") && r.get(4).equals("CREATED")),
                    "the officer's draft, by their Chinese name");

            try (XSSFWorkbook xlsx = xlsx(download(admin, "audit-form:export-xlsx", ".xlsx", downloads))) {
                Sheet sheet = xlsx.getSheetAt(0);
                assertEquals(entries, sheet.getLastRowNum());
                Row first = sheet.getRow(1);
                assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
                assertEquals(Long.parseLong(latestSeq), (long) first.getCell(0).getNumericCellValue());
                assertTrue(DateUtil.isCellDateFormatted(first.getCell(1)), "a date cell");
                assertEquals(latestWhen, first.getCell(1).getLocalDateTimeCellValue().format(SHOWN), "Taipei time");
            }
            assertEquals(403, forgedExport(admin, "/officer/calls.xhtml", "calls-export"),
                    "the fund-admin is no officer: the calls page's export is refused by the server");
        }
    }

    /** The export notice's text, hidden until an export starts. */
    private static String count(Browser browser) {
        return browser.driver().findElement(By.cssSelector("[id$='export-count']")).getAttribute("textContent");
    }

    /**
     * Posts the export button of {@code form} on {@code path} from the logged-in page, as a person without the page's
     * role could forge it, and answers the HTTP status the server gives.
     */
    static long forgedExport(Browser browser, String path, String form) {
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', redirect: 'manual',"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                        + " body: encodeURIComponent(arguments[1]) + '=' + encodeURIComponent(arguments[1]) + '&'"
                        + " + encodeURIComponent(arguments[1] + ':export-csv') + '='})"
                        + ".then(r => done(r.status), e => done(-1));",
                RunningStack.appUrl() + path, form);
        return ((Number) status).longValue();
    }

    private static Row rowWithText(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && text.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
