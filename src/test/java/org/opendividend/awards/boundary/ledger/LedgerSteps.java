package org.opendividend.awards.boundary.ledger;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opendividend.stack.Browser;
import org.opendividend.stack.PdfFetch;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.stack.Downloads.csv;
import static org.opendividend.stack.Downloads.download;
import static org.opendividend.stack.Downloads.xlsx;

/**
 * What a finance user finds in the ledger once an award's tranche is paid, as they would look: the award's line on
 * the page with its committed, paid and unpaid money, the same line in the CSV and XLSX exports (amounts as numbers),
 * and the payment with its reference in this month's statement (PDF). Test support for the journeys that pay.
 */
public final class LedgerSteps {

    private LedgerSteps() {
    }

    /**
     * The finance user, logged in and on their area, opens the ledger and finds award {@code number} committed and paid
     * as given, in the page, the exports and the statement of the current month (Asia/Taipei), which lists the payment
     * under {@code reference}.
     */
    public static void paidInTheBooks(Browser finance, Path downloads, boolean chinese, String number, long committed,
                                      long paid, String reference) throws Exception {
        finance.waiting().until(ExpectedConditions.elementToBeClickable(By.id("area-ledger"))).click();
        finance.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ledger-title")));
        assertEquals(chinese ? "帳冊" : "Ledger", finance.text("ledger-title"));
        WebElement row = finance.driver().findElements(By.cssSelector("#ledger-export\\:awards .ledger-award")).stream()
                .filter(r -> r.findElement(By.className("award-number")).getText().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("award " + number + " in the ledger"));
        assertEquals(List.of(twd(chinese, committed), twd(chinese, paid), twd(chinese, committed - paid)), List.of(
                row.findElement(By.className("award-committed")).getText(),
                row.findElement(By.className("award-paid")).getText(),
                row.findElement(By.className("award-unpaid")).getText()));

        List<List<String>> lines = csv(download(finance, "ledger-export:export-csv", ".csv", downloads));
        assertEquals(chinese ? List.of("部會", "徵案編號", "徵案", "補助案", "已承諾", "已撥付", "已承諾未撥付")
                : List.of("Ministry", "Call number", "Call", "Award", "Committed", "Paid", "Committed, unpaid"),
                lines.get(0), "headers in the reader's language");
        List<String> line = lines.stream().filter(l -> l.get(3).equals(number)).findFirst().orElseThrow();
        assertEquals(List.of(Long.toString(committed), Long.toString(paid), Long.toString(committed - paid)),
                line.subList(4, 7));
        assertEquals(finance.driver().findElements(By.cssSelector("#ledger-export\\:awards .ledger-award")).size(),
                lines.size() - 1, "every award line of the page");

        try (XSSFWorkbook workbook = xlsx(download(finance, "ledger-export:export-xlsx", ".xlsx", downloads))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row found = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && number.equals(r.getCell(3).getStringCellValue())) {
                    found = r;
                }
            }
            assertTrue(found != null, "award " + number + " in the workbook");
            assertEquals(CellType.NUMERIC, found.getCell(5).getCellType(), "amounts are numbers");
            assertEquals((double) paid, found.getCell(5).getNumericCellValue());
            assertEquals((double) committed, found.getCell(4).getNumericCellValue());
        }

        YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Taipei")));
        WebElement statement = finance.driver().findElements(By.cssSelector("#statements a.statement-link")).get(0);
        assertTrue(statement.getAttribute("href").endsWith("month=" + month), statement.getAttribute("href"));
        String text = PdfFetch.text(finance, statement.getAttribute("href"));
        for (String expected : List.of("月報表", "Monthly statement", month.toString(), number, reference,
                "NT$ " + String.format("%,d", paid))) {
            assertTrue(text.contains(expected), () -> expected + " in the statement:\n" + text);
        }
    }

    /** An amount as the page shows it (award.page.twd). */
    private static String twd(boolean chinese, long amount) {
        return String.format(chinese ? "新臺幣 %,d 元" : "NT$ %,d", amount);
    }

    /** A fresh directory for a browser's downloads. */
    public static Path downloads() throws Exception {
        return Files.createTempDirectory("od-ledger");
    }
}
