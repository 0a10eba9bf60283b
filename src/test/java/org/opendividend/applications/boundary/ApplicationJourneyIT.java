package org.opendividend.applications.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opendividend.stack.Browser;
import org.opendividend.stack.DemoCalls;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An applicant's main journey in a real browser: from the public page of the open demo call (1001, the Ministry of
 * Culture's Hakka and indigenous corpora, open for months after the demo day) to an organisation, through every section of the
 * wizard — told at the field what is wrong, losing nothing — to a submitted version with its receipt number, which
 * the dashboard then shows.
 */
@ExtendWith(RunningStack.class)
class ApplicationJourneyIT {

    private static final String F = "application:sections:";
    @Test
    void anApplicantFindsACallFoundsAnOrganisationFillsEverySectionAndSubmits() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser("zh-TW")) {
            FormFilling form = new FormFilling(browser.driver());
            ApplicantSteps.startApplication(browser, "applicant2", marker);

            form.type(F + "titleZhTw", "阿美語語音語料 " + marker).type(F + "titleEn", "Amis speech corpus " + marker)
                    .type(F + "abstractText", "與部落合作錄製阿美語語音。").set(F + "startDate", "2027-07-01")
                    .type(F + "durationMonths", "12");
            form.tab(F + "tab-team").submit(F + "addMember");
            form.type(F + "team:0:fullName", "林雅琪").type(F + "team:0:orcid", "0000-0002-1825-0098")
                    .type(F + "team:0:affiliation", "國立東華大學").tick(F + "team:0:principal");
            form.submit("application:save");
            assertTrue(browser.text("application:messages").contains("ORCID"), "the wrong check character is named");
            assertEquals("0000-0002-1825-0098", form.value(F + "team:0:orcid"), "and kept for correction");
            assertEquals("阿美語語音語料 " + marker, form.value(F + "titleZhTw"), "nothing typed is lost");

            form.tab(F + "tab-team").type(F + "team:0:orcid", "0000-0002-1825-0097");
            form.tab(F + "tab-questions");
            assertEquals(3, browser.driver().findElements(By.cssSelector("textarea[id^='answer-']")).size(),
                    "the call's three questions to write, rendered from its form definition");
            assertEquals(List.of("radio"), types(browser, ApplicantSteps.SINGLE_CHOICE), "a single choice as radio buttons");
            assertEquals(List.of("checkbox"), types(browser, ApplicantSteps.MULTIPLE_CHOICE), "a multiple choice as checkboxes");
            ApplicantSteps.answerEveryQuestion(browser);

            // a value the page did not offer is refused by the server with a translated message, nothing typed lost
            WebElement offered = browser.driver().findElement(By.cssSelector(
                    "fieldset[data-question='" + ApplicantSteps.MULTIPLE_CHOICE + "'] input"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '9'; arguments[0].checked = true;", offered);
            form.submit("application:save");
            assertTrue(browser.text("application:messages").contains("送出的值有不屬於列出選項者"), browser.text("application:messages"));
            assertEquals("阿美語語音語料 " + marker, form.value(F + "titleZhTw"), "nothing typed is lost");

            form.tab(F + "tab-questions");
            ApplicantSteps.choose(browser, ApplicantSteps.SINGLE_CHOICE, "語音與文字");
            ApplicantSteps.choose(browser, ApplicantSteps.MULTIPLE_CHOICE, "語音合成");
            ApplicantSteps.choose(browser, ApplicantSteps.MULTIPLE_CHOICE, "語言教學");
            form.submit("application:save");
            browser.driver().navigate().refresh();
            form.tab(F + "tab-questions");
            assertEquals(List.of("語音與文字"), ApplicantSteps.chosen(browser, ApplicantSteps.SINGLE_CHOICE), "kept after a reload");
            assertEquals(List.of("語音合成", "語言教學"), ApplicantSteps.chosen(browser, ApplicantSteps.MULTIPLE_CHOICE));
            form.tab(F + "tab-budget").submit(F + "addBudgetLine");
            form.type(F + "budget:0:description", "錄音與轉寫人力").type(F + "budget:0:amount", "1,500,000");
            form.tab(F + "tab-outputs").submit(F + "addOutput");
            form.type(F + "outputs:0:title", "阿美語語音資料集").type(F + "outputs:0:licenceId", "CC-BY-4.0")
                    .set(F + "outputs:0:plannedRelease", "2028-12-31")
                    .type(F + "outputs:0:registry", "https://huggingface.co/datasets/example/amis").type(F + "outputs:0:languages", "ami");
            form.tab(F + "tab-ethics").type(F + "communityConsent", "部落會議決議同意（附件）。")
                    .type(F + "trainingDataRights", "全部自行錄製，說話者以 CC BY 4.0 授權。");
            // the optional step: a reviewer to exclude needs a reason; a save without one is refused, nothing lost
            form.tab(F + "tab-exclusions").type(F + "exclusions:0:exclusionName", "陳美玲")
                    .type(F + "exclusions:0:exclusionContact", "mei@example.org");
            form.submit("application:save");
            assertTrue(browser.text("application:messages").contains("請求迴避之審查人 #1: 請說明請求此審查人迴避的理由。"),
                    browser.text("application:messages"));
            assertEquals("陳美玲", form.value(F + "exclusions:0:exclusionName"), "nothing typed is lost");
            assertEquals("全部自行錄製，說話者以 CC BY 4.0 授權。", form.value(F + "trainingDataRights"));
            form.tab(F + "tab-exclusions").type(F + "exclusions:0:exclusionReason", "主持競爭計畫");
            form.tab(F + "tab-attachments");
            Path fake = Files.writeString(Files.createTempFile("not-a-pdf", ".pdf"), "just text, named like a PDF");
            ApplicantSteps.upload(browser, 0, fake);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:messages"), "不是 PDF"));
            assertEquals("阿美語語音語料 " + marker, form.value(F + "titleZhTw"), "a refused upload loses nothing");
            ApplicantSteps.attachRequiredFiles(browser);
            form.submit("application:check");
            assertEquals("申請案已完整，可以提交。", browser.text("missing-verdict"), browser.driver().findElement(By.id("application:missing")).getText());

            form.submit("application:submit");
            String receipt = browser.text("receipt-number");
            assertTrue(receipt.matches("OD-1001-\\d+-1"), receipt);
            assertEquals("已提交", browser.text("application-status"));
            String history = browser.text("application:versions");
            assertTrue(history.contains(receipt) && history.contains("1"), "the version history lists it: " + history);
            browser.driver().navigate().refresh();
            assertEquals("主持競爭計畫", form.value(F + "exclusions:0:exclusionReason"), "the exclusion was submitted with it");
            assertEquals("", form.value(F + "exclusions:1:exclusionName"), "the rows left empty ask nothing");

            // the confirmation mail with the receipt, caught by the stack's mail catcher (sent after the commit, in the background)
            String address = "applicant2@demo.opendividend.tw";
            browser.waiting().until(d -> RunningStack.stack().mails().subjectsFor(address).stream().anyMatch(s -> s.contains(receipt)));

            browser.open("/applicant/");
            String listed = browser.driver().findElement(By.id("my-applications")).getText();
            assertTrue(listed.contains(marker) && listed.contains("已提交") && listed.contains(receipt), listed);
            Dashboard.Row row = Dashboard.row(browser, marker);
            assertEquals("已提交", row.state());
            String closes = DemoCalls.closesAtShown(ApplicantSteps.OPEN_DEMO_CALL);
            assertEquals("請等候資格審查；在 " + closes + "（台北時間）前仍可重新提交新版本。", row.nextStep());
            assertEquals(closes, row.closesAt(), "the call's closing instant in Taipei time");
            Dashboard.assertCountdown(row.countdown(), "(\\d+) 天 (\\d+) 小時後截止");
            assertTrue(browser.text("my-organisations").contains("客語數位協會 " + marker), browser.text("my-organisations"));
            Pages.assertNoStackTrace(browser.driver().getPageSource());
        }
    }

    /** The types of the inputs of a choice question's group, once each. */
    private static List<String> types(Browser browser, long question) {
        return browser.driver().findElements(By.cssSelector("fieldset[data-question='" + question + "'] input")).stream()
                .map(input -> input.getAttribute("type")).distinct().toList();
    }

    /**
     * The key steps of the same journey in English, chosen with the language switch on the call's public page: start,
     * fill every section, check, submit, see the receipt, and find the application on the dashboard with its next
     * step and countdown in English.
     */
    @Test
    void theSameJourneyWorksInEnglish() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser("zh-TW")) {
            FormFilling form = new FormFilling(browser.driver());
            browser.open("/calls/call.xhtml?id=" + ApplicantSteps.OPEN_DEMO_CALL);
            browser.click("lang-en");
            browser.waiting().until(d -> "en".equals(browser.lang()));
            ApplicantSteps.startApplication(browser, "applicant", marker);
            String wizardUrl = browser.driver().getCurrentUrl();
            assertEquals("en", browser.lang(), "the choice survives the login");
            assertEquals("Write an application", browser.text("wizard-title"));
            assertEquals("Draft (not submitted)", browser.text("application-status"));
            String closes = DemoCalls.closesAtShown(ApplicantSteps.OPEN_DEMO_CALL);
            assertEquals("Complete the missing items and submit before " + closes + " (Taipei time).",
                    browser.text("next-step"));

            ApplicantSteps.fillEverySection(browser, marker);
            // a choice is kept as the options' positions: switching the language shows the same options, translated
            form.tab(F + "tab-questions");
            assertEquals(List.of("Speech"), ApplicantSteps.chosen(browser, ApplicantSteps.SINGLE_CHOICE));
            ApplicantSteps.choose(browser, ApplicantSteps.MULTIPLE_CHOICE, "Machine translation");
            form.submit("application:save");
            // the language links of a posted page keep its id (they used to open the wizard without it: an error)
            browser.click("lang-zh");
            browser.waiting().until(d -> "zh-TW".equals(browser.lang()));
            assertEquals(wizardUrl, browser.driver().getCurrentUrl(), "the same application, in the other language");
            form.tab(F + "tab-questions");
            assertEquals(List.of("語音"), ApplicantSteps.chosen(browser, ApplicantSteps.SINGLE_CHOICE));
            assertEquals(List.of("機器翻譯"), ApplicantSteps.chosen(browser, ApplicantSteps.MULTIPLE_CHOICE));
            browser.click("lang-en");
            browser.waiting().until(d -> "en".equals(browser.lang()));
            form.tab(F + "tab-attachments");
            Path fake = Files.writeString(Files.createTempFile("not-a-pdf", ".pdf"), "just text, named like a PDF");
            ApplicantSteps.upload(browser, 3, fake);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:messages"),
                    "This file is not a PDF"));
            form.submit("application:check");
            assertEquals("The application is complete and can be submitted.", browser.text("missing-verdict"),
                    browser.driver().findElement(By.id("application:missing")).getText());

            form.submit("application:submit");
            String receipt = browser.text("receipt-number");
            assertTrue(receipt.matches("OD-1001-\\d+-1"), receipt);
            assertEquals("Submitted", browser.text("application-status"));
            assertTrue(browser.text("application:messages").contains("Submitted, receipt number " + receipt),
                    browser.text("application:messages"));
            assertEquals("Submitted versions", browser.text("versions-title"));
            Pages.assertNoStackTrace(browser.driver().getPageSource());

            browser.open("/applicant/");
            assertEquals("Applicant area", browser.text("area-title"));
            Dashboard.Row row = Dashboard.row(browser, marker);
            assertEquals("Submitted", row.state());
            assertTrue(row.text().contains(receipt), row.text());
            assertEquals("Wait for screening; you may resubmit a new version until " + closes + " (Taipei time).",
                    row.nextStep());
            assertEquals(closes, row.closesAt());
            Dashboard.assertCountdown(row.countdown(), "closes in (\\d+) days (\\d+) hours?");
            assertTrue(browser.text("my-organisations").contains("Hakka Digital " + marker), browser.text("my-organisations"));
            Pages.assertNoStackTrace(browser.driver().getPageSource());
        }
    }
}
