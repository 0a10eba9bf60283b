package org.opendividend.review.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.opendividend.applications.ApplicantApi;
import org.opendividend.stack.Browser;
import org.opendividend.stack.Downloads;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.applications.ApplicantApi.object;
import static org.opendividend.stack.Downloads.csv;
import static org.opendividend.stack.Downloads.xlsx;

/**
 * The screening list's exports in a real browser, as the officer downloads them: a new applicant submits more
 * applications to the demo call 1001 than a page of the table holds (one titled like a spreadsheet formula, three
 * withdrawn again); the Ministry of Culture's officer exports CSV and XLSX, unfiltered and filtered to the withdrawn,
 * and every file holds exactly the rows the table counts, the page's cells as typed values. An officer of a ministry
 * that does not fund the call finds none of them in their export.
 */
@ExtendWith(RunningStack.class)
class ScreeningExportIT {

    private static final long CALL = 1001;
    private static final int SUBMITTED = 23;
    private static final int WITHDRAWN = 3;
    private static final Pattern TOTAL = Pattern.compile("(\\d+)\\s*筆\\s*$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String C = "//tbody[@id='screening:submissions_data']/tr";

    /** One row of the table as shown: the cells the files must carry too. */
    private record Shown(String submittedAt, String title, String status, String requested, String receipt) {
    }

    @Test
    void theOfficerExportsEveryFilteredRowAsCsvAndXlsx() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String formula = "=HYPERLINK(\"http://evil.example\",\"" + marker + "\")";
        Set<String> withdrawn = submitApplications(marker, formula);
        Path downloads = Files.createTempDirectory("od-downloads");
        try (Browser officer = new Browser("zh-TW", downloads)) {
            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.click("area-screening");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screening-title")));
            int total = total(officer);
            assertTrue(total >= SUBMITTED + WITHDRAWN && total > 20, "more rows than a page: " + total);
            Shown first = shown(officer.driver().findElement(By.xpath(C + "[1]")));

            List<List<String>> csv = csv(download(officer, "export-csv", ".csv", downloads));
            assertEquals(List.of("提交時間", "徵件", "計畫名稱", "申請單位", "狀態", "申請金額（新臺幣）", "收件編號", "版本數"),
                    csv.get(0), "headers in the officer's language");
            assertEquals(total, csv.size() - 1, "every row of every page");
            List<String> firstInCsv = byReceipt(csv, first.receipt());
            assertEquals(List.of(first.submittedAt(), first.title(), first.status(), first.requested().replace(",", "")),
                    List.of(firstInCsv.get(0), firstInCsv.get(2), firstInCsv.get(4), firstInCsv.get(5)));
            assertEquals(SUBMITTED + WITHDRAWN, csv.stream().filter(r -> r.get(2).contains(marker)).count());
            assertTrue(csv.stream().anyMatch(r -> r.get(2).equals("'" + formula)), "the formula arrives as text");
            officer.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("export-progress")));

            try (XSSFWorkbook xlsx = xlsx(download(officer, "export-xlsx", ".xlsx", downloads))) {
                Sheet sheet = xlsx.getSheetAt(0);
                assertEquals("計畫名稱", sheet.getRow(0).getCell(2).getStringCellValue());
                assertEquals(total, sheet.getLastRowNum(), "every row of every page");
                Row row = rowByReceipt(sheet, first.receipt());
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(0)), "a date cell");
                assertEquals(first.submittedAt(), row.getCell(0).getLocalDateTimeCellValue().format(SHOWN), "Taipei time");
                assertEquals(first.title(), row.getCell(2).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
                assertEquals(new BigDecimal(first.requested().replace(",", "")),
                        BigDecimal.valueOf((long) row.getCell(5).getNumericCellValue()));
                Cell formulaCell = cellWithText(sheet, formula);
                assertEquals(CellType.STRING, formulaCell.getCellType(), "text, never a formula");
                assertTrue(formulaCell.getCellStyle().getQuotePrefixed());
            }

            // filtered to the withdrawn: only those, again from every page
            new Select(officer.driver().findElement(By.id("screening:status"))).selectByValue("WITHDRAWN");
            WebElement before = officer.driver().findElement(By.xpath(C + "[1]"));
            officer.click("screening:filter");
            officer.waiting().until(ExpectedConditions.stalenessOf(before));
            int filtered = total(officer);
            List<List<String>> withdrawnCsv = csv(download(officer, "export-csv", ".csv", downloads));
            assertEquals(filtered, withdrawnCsv.size() - 1);
            assertTrue(withdrawnCsv.stream().skip(1).allMatch(r -> r.get(4).equals("已撤回")), "only the withdrawn");
            assertEquals(withdrawn, withdrawnCsv.stream().map(r -> r.get(2)).filter(t -> t.contains(marker))
                    .collect(Collectors.toSet()));
            try (XSSFWorkbook xlsx = xlsx(download(officer, "export-xlsx", ".xlsx", downloads))) {
                assertEquals(filtered, xlsx.getSheetAt(0).getLastRowNum());
            }
        }

        Path others = Files.createTempDirectory("od-downloads");
        try (Browser officer = new Browser("zh-TW", others)) {
            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.nstc", "demo");
            officer.click("area-screening");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("screening-title")));
            List<List<String>> csv = csv(download(officer, "export-csv", ".csv", others));
            assertTrue(csv.stream().noneMatch(r -> String.join(",", r).contains(marker)),
                    "a ministry that does not fund the call sees none of its submissions");
        }
    }

    /** Submits the applications through the API; answers the titles (zh-TW) of those withdrawn again. */
    private static Set<String> submitApplications(String marker, String formula) throws Exception {
        WebClient client = new WebClient("zh-TW");
        client.register("export-applicant-" + marker, "Register-2026!");
        ApplicantApi api = new ApplicantApi(client, RunningStack.appUrl());
        long organisation = object(api.foundOrganisation("匯出測試協會 " + marker, "Export Association " + marker))
                .getJsonNumber("id").longValue();
        JsonObject call = object(api.call(CALL));
        Set<String> withdrawn = new HashSet<>();
        for (int i = 0; i < SUBMITTED + WITHDRAWN; i++) {
            String zh = i == 7 ? formula : "客語語料 " + marker + " 第" + i + "號";
            JsonObject content = Json.createObjectBuilder(ApplicantApi.completeContent(call, "Export " + marker + " " + i))
                    .add("titles", Json.createObjectBuilder().add("zh-TW", zh).add("en", "Export " + marker + " " + i))
                    .build();
            JsonObject draft = object(api.start(CALL, organisation));
            long id = draft.getJsonNumber("id").longValue();
            HttpResponse<String> saved = api.save(id, draft.getJsonNumber("version").longValue(), content);
            assertEquals(200, saved.statusCode(), saved.body());
            for (String type : ApplicantApi.requiredAttachments(call)) {
                HttpResponse<String> attached = api.attach(id, type, type + ".pdf", ApplicantApi.pdf(marker + i + type, 2048));
                assertTrue(attached.statusCode() / 100 == 2, attached.body());
            }
            long version = object(api.get(id)).getJsonNumber("version").longValue();
            HttpResponse<String> submitted = api.submit(id, version);
            assertTrue(submitted.statusCode() / 100 == 2, submitted.body());
            if (i >= SUBMITTED) {
                HttpResponse<String> gone = api.withdraw(id, object(api.get(id)).getJsonNumber("version").longValue());
                assertTrue(gone.statusCode() / 100 == 2, gone.body());
                withdrawn.add(zh);
            }
        }
        return withdrawn;
    }

    private static int total(Browser browser) {
        String report = browser.driver().findElement(By.cssSelector("#screening\\:submissions .ui-paginator-current")).getText();
        Matcher m = TOTAL.matcher(report);
        assertTrue(m.find(), report);
        return Integer.parseInt(m.group(1));
    }

    private static Shown shown(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return new Shown(cells.get(0).getText(), cells.get(2).getText(), cells.get(4).getText(), cells.get(5).getText(),
                cells.get(6).getText());
    }

    private static Path download(Browser browser, String button, String extension, Path directory) throws IOException {
        return Downloads.download(browser, "screening:" + button, extension, directory);
    }

    private static List<String> byReceipt(List<List<String>> rows, String receipt) {
        return rows.stream().filter(r -> r.get(6).equals(receipt)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with receipt " + receipt));
    }

    private static Row rowByReceipt(Sheet sheet, String receipt) {
        for (Row row : sheet) {
            if (receipt.equals(row.getCell(6).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with receipt " + receipt);
    }

    private static Cell cellWithText(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(2);
            if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return cell;
            }
        }
        throw new AssertionError("no title " + text);
    }
}
