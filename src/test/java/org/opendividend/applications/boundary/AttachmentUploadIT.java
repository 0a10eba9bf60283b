package org.opendividend.applications.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad uploads in a real browser: a file over the 20 MB limit and a text file named .pdf are refused at the upload
 * with a translated message, and neither what was typed in the wizard nor the attachment uploaded before is lost.
 */
@ExtendWith(RunningStack.class)
class AttachmentUploadIT {

    private static final String F = ApplicantSteps.F;
    /** One byte over the stack's default attachment limit of 20 MB. */
    private static final long OVER_THE_LIMIT = 20L * 1024 * 1024 + 1;

    @Test
    void anOversizedFileAndATextFileNamedPdfAreRefusedLosingNeitherTextNorTheEarlierAttachment() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Path dir = Files.createTempDirectory("od-uploads");
        Path plan = Files.writeString(dir.resolve("plan-" + marker + ".pdf"), ApplicantSteps.MINIMAL_PDF, StandardCharsets.ISO_8859_1);
        Path oversized = dir.resolve("huge-" + marker + ".pdf");
        try (RandomAccessFile file = new RandomAccessFile(oversized.toFile(), "rw")) {
            file.write(ApplicantSteps.MINIMAL_PDF.getBytes(StandardCharsets.ISO_8859_1));
            file.setLength(OVER_THE_LIMIT);
        }
        Path fake = Files.writeString(dir.resolve("fake-" + marker + ".pdf"), "just text, named like a PDF");
        try (Browser browser = new Browser("zh-TW")) {
            WebDriver driver = browser.driver();
            FormFilling form = new FormFilling(driver);
            ApplicantSteps.startApplication(browser, "applicant2", marker);
            String wizardUrl = driver.getCurrentUrl();
            form.type(F + "titleZhTw", "上傳測試 " + marker).type(F + "abstractText", "尚未儲存的摘要。");
            form.tab(F + "tab-attachments");
            ApplicantSteps.upload(browser, 0, plan);
            assertEquals(List.of("plan-" + marker + ".pdf"), attachedNames(driver));

            // over the limit: refused by the server (PrimeFaces 15 no longer checks sizes in the browser unless told
            // with p:validateFile), answered in the page's language by the upload's own request
            driver.findElement(By.id(F + "attachments:1:upload_input")).sendKeys(oversized.toAbsolutePath().toString());
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> refusalShown(d, 1).contains("檔案過大"));
            assertTrue(refusalShown(driver, 1).contains("檔案過大：最多 20 MB。未做任何變更。"), refusalShown(driver, 1));
            assertEquals(List.of("plan-" + marker + ".pdf"), attachedNames(driver), "nothing was attached");

            // a text file named .pdf: refused by its content
            ApplicantSteps.upload(browser, 1, fake);
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> refusalShown(d, 1).contains("不是 PDF"));
            assertEquals(List.of("plan-" + marker + ".pdf"), attachedNames(driver), "the earlier attachment is kept");
            assertEquals("上傳測試 " + marker, form.value(F + "titleZhTw"), "what was typed is still on the screen");
            assertEquals("尚未儲存的摘要。", form.value(F + "abstractText"));
            Pages.assertNoStackTrace(driver.getPageSource());

            // and nothing is lost for later either: saved, opened again, both the text and the attachment are there
            form.submit("application:save");
            driver.get(wizardUrl);
            assertEquals("上傳測試 " + marker, form.value(F + "titleZhTw"));
            assertEquals("尚未儲存的摘要。", form.value(F + "abstractText"));
            form.tab(F + "tab-attachments");
            assertEquals(List.of("plan-" + marker + ".pdf"), attachedNames(driver));

            // a name with a path separator, markup and a control character: stored cleaned or refused, in our words
            Path oddlyNamed = Files.writeString(dir.resolve("..\\計畫" + marker + "<b>\u0007.pdf"), ApplicantSteps.MINIMAL_PDF,
                    StandardCharsets.ISO_8859_1);
            ApplicantSteps.upload(browser, 1, oddlyNamed);
            String shown = refusalShown(driver, 1) + " | " + String.join(" ", attachedNames(driver));
            assertTrue(!driver.getPageSource().contains("File Error"), "no library's English message: " + shown);
            assertTrue(attachedNames(driver).stream().anyMatch(n -> n.contains("計畫" + marker) && !n.contains("\\"))
                    || refusalShown(driver, 1).contains("檔名"), shown);
            Pages.assertNoStackTrace(driver.getPageSource());
        }
    }

    private static List<String> attachedNames(WebDriver driver) {
        return driver.findElements(By.cssSelector("a.od-attachment-name")).stream().map(WebElement::getText).toList();
    }

    /** What the page says about a refused upload: in the upload's own message area or in the page's messages. */
    private static String refusalShown(WebDriver driver, int row) {
        String atUpload = driver.findElements(By.id(F + "attachments:" + row + ":upload")).stream()
                .map(WebElement::getText).findFirst().orElse("");
        return atUpload + " | " + driver.findElement(By.id("application:messages")).getText();
    }
}
