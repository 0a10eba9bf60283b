package org.opendividend.applications.boundary;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What an applicant does before writing: log in from a call's page, found an organisation, start the application. */
public final class ApplicantSteps {

    public static final long OPEN_DEMO_CALL = 1001;
    /** Demo call 1001's required single choice: the main kind of corpus (語音, 文字, 語音與文字). */
    public static final long SINGLE_CHOICE = 100152;
    /** Demo call 1001's optional multiple choice: the corpus' intended uses (語音辨識, 語音合成, 機器翻譯, 語言教學). */
    public static final long MULTIPLE_CHOICE = 100155;
    public static final String F = "application:sections:";
    /** Rows of the attachments tab that demo call 1001 requires (plan, budget, CVs, data management, consent). */
    public static final int[] REQUIRED_ATTACHMENT_ROWS = {0, 1, 2, 4, 5};
    /** The smallest file that is a PDF by its content: the header, one empty page, the trailer. */
    public static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";

    private ApplicantSteps() {
    }

    /**
     * From the public page of the open demo call to a new application in the wizard, on behalf of a new
     * organisation whose names carry the marker.
     */
    public static void startApplication(Browser browser, String username, String marker) {
        browser.open("/calls/call.xhtml?id=" + OPEN_DEMO_CALL);
        browser.click("apply");
        browser.loginOnKeycloakPage(username, "demo");
        startForNewOrganisation(browser, marker);
    }

    /**
     * The same for a person who registers on Keycloak's page with their own address (outside the demo realm's mail
     * domain, which every demo reviewer shares: a conflict of interest with any demo applicant).
     */
    public static void startApplicationRegistering(Browser browser, String username, String email, String marker) {
        browser.open("/calls/call.xhtml?id=" + OPEN_DEMO_CALL);
        browser.click("apply");
        browser.registerOnKeycloakPage(username, email, "Register-2026!");
        startForNewOrganisation(browser, marker);
    }

    private static void startForNewOrganisation(Browser browser, String marker) {
        FormFilling form = new FormFilling(browser.driver());
        // back in the application is first its login callback (…/apply.xhtml?state=…&code=…), which then redirects
        // to the page asked for: waited for, not read at once (a loaded machine is still on the callback)
        try {
            browser.waiting().until(dr -> dr.getCurrentUrl().contains("/applicant/apply.xhtml?call=" + OPEN_DEMO_CALL));
        } catch (org.openqa.selenium.TimeoutException notBack) {
            throw new AssertionError("not back at the call after login: " + browser.driver().getCurrentUrl());
        }
        browser.click("start:manage-organisations");
        form.type("create:nameZhTw", "客語數位協會 " + marker).type("create:nameEn", "Hakka Digital " + marker)
                .type("create:businessNumber", "04595257").type("create:address", "桃園市中壢區");
        new Select(browser.driver().findElement(By.id("create:type"))).selectByValue("NON_PROFIT");
        form.submit("create:save");

        browser.open("/applicant/apply.xhtml?call=" + OPEN_DEMO_CALL);
        browser.driver().findElement(By.xpath("//input[contains(@class,'start-for') and contains(@value,'" + marker + "')]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
    }

    /** Fills every section of the wizard for demo call 1001 with valid answers and attaches the required files. */
    public static void fillEverySection(Browser browser, String marker) throws IOException {
        FormFilling form = new FormFilling(browser.driver());
        form.type(F + "titleZhTw", "客語語音語料 " + marker).type(F + "titleEn", "Hakka speech corpus " + marker)
                .type(F + "abstractText", "錄製客語語音。").set(F + "startDate", "2027-07-01").type(F + "durationMonths", "12");
        form.tab(F + "tab-team").submit(F + "addMember");
        form.type(F + "team:0:fullName", "林雅琪").type(F + "team:0:orcid", "0000-0002-1825-0097")
                .type(F + "team:0:affiliation", "國立中央大學").tick(F + "team:0:principal");
        form.tab(F + "tab-questions");
        answerEveryQuestion(browser);
        form.tab(F + "tab-budget").submit(F + "addBudgetLine");
        form.type(F + "budget:0:description", "錄音與轉寫人力").type(F + "budget:0:amount", "1,500,000");
        form.tab(F + "tab-outputs").submit(F + "addOutput");
        form.type(F + "outputs:0:title", "客語語音資料集").type(F + "outputs:0:licenceId", "CC-BY-4.0")
                .set(F + "outputs:0:plannedRelease", "2028-12-31")
                .type(F + "outputs:0:registry", "https://huggingface.co/datasets/example/hakka").type(F + "outputs:0:languages", "hak");
        form.tab(F + "tab-ethics").type(F + "communityConsent", "社群同意。")
                .type(F + "trainingDataRights", "全部自行錄製，說話者以 CC BY 4.0 授權。");
        attachRequiredFiles(browser);
    }

    /** Types into every text question, and chooses the first option of every single choice where none is chosen. */
    public static void answerEveryQuestion(Browser browser) {
        for (WebElement answer : browser.driver().findElements(By.cssSelector("textarea[id^='answer-']"))) {
            answer.clear();
            answer.sendKeys("12");
        }
        for (WebElement group : browser.driver().findElements(By.cssSelector("fieldset.od-choice"))) {
            if (!group.findElements(By.cssSelector("input[type='radio']")).isEmpty()
                    && group.findElements(By.cssSelector("input[type='radio']:checked")).isEmpty()) {
                group.findElement(By.tagName("label")).click();
            }
        }
    }

    /** Clicks an option of a choice question (a radio button or a checkbox) by its label, as a person does. */
    public static void choose(Browser browser, long question, String option) {
        browser.driver().findElement(By.xpath("//fieldset[@data-question='" + question + "']//label[normalize-space()='"
                + option + "']")).click();
    }

    /** The labels of the options chosen in a choice question, in the order shown. */
    public static List<String> chosen(Browser browser, long question) {
        return browser.driver().findElements(By.cssSelector("fieldset[data-question='" + question + "'] input")).stream()
                .filter(WebElement::isSelected)
                .map(input -> browser.driver().findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                        .getText().strip())
                .toList();
    }

    /** Attaches a small real PDF for every attachment the call requires. */
    public static void attachRequiredFiles(Browser browser) throws IOException {
        new FormFilling(browser.driver()).tab(F + "tab-attachments");
        Path pdf = Files.writeString(Files.createTempFile("計畫書", ".pdf"), MINIMAL_PDF, StandardCharsets.ISO_8859_1);
        for (int row : REQUIRED_ATTACHMENT_ROWS) {
            upload(browser, row, pdf);
        }
    }

    /** Uploads a file in a row of the attachments tab and waits until the row shows it or a message says why not. */
    public static void upload(Browser browser, int row, Path file) {
        int before = browser.driver().findElements(By.cssSelector("a.od-attachment-name")).size();
        String messagesBefore = browser.driver().findElement(By.id("application:messages")).getText();
        browser.driver().findElement(By.id(F + "attachments:" + row + ":upload_input")).sendKeys(file.toAbsolutePath().toString());
        // the panel and the messages are re-rendered by the upload's ajax answer: elements may go stale meanwhile
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("a.od-attachment-name")).size() > before
                        || !d.findElement(By.id("application:messages")).getText().equals(messagesBefore));
    }
}
