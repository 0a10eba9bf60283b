package org.opendividend.review.boundary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.stack.Browser;
import org.opendividend.stack.RunningStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant reads a taken funding decision in a real browser, in both languages: demo call 1006 comes reviewed but
 * not decided, so its decision is stored as taken (3104 funded with 2,000,000 TWD, 3102 on the reserve list) and the
 * demo applicant made a member of 3104's organisation for the test, both removed afterwards. The dashboard shows the
 * outcome beside the application; the application page shows it with the three reviewers' comments to the applicant as
 * "Reviewer 1" to "Reviewer 3", never their comments to the panel nor their names. Another applicant and an officer
 * are refused the page by the server. The call's applicant response window is opened, answered and read on the panel
 * (and closed again afterwards). Every page is scanned by axe-core.
 */
@ExtendWith(RunningStack.class)
class OutcomeJourneyIT {

    private static final long CALL_1006 = 1006;
    private static final long FUNDED = 3104;
    private static final long RESERVE = 3102;
    private static final long ORGANISATION_3104 = 2104;
    /** The demo login {@code applicant} (陳怡君). */
    private static final String APPLICANT = "00000000-0000-4000-8000-000000000001";
    private static final String PAGE = "/applicant/application.xhtml?id=" + FUNDED;

    /** What 3104's reviewers told the panel (sql/demo/R__demo_zzzz_reviewed_call.sql), and who they are. */
    private static final List<String> NEVER_SHOWN = List.of("Fundable, on condition", "An experienced team",
            "黃淑芬", "Lahok Kacaw", "Yuraw Watan");

    @BeforeAll
    static void takeTheDecisionOfCall1006() throws Exception {
        try (StackAssignments database = StackAssignments.open()) {
            assertEquals(0, database.single("select count(*) from funding_decision where call_id = ?", CALL_1006),
                    "call 1006 comes undecided");
            database.update("insert into funding_decision (call_id, lead_ministry, status, proposed_by, proposed_at, "
                    + "approved_by, approved_at, decided_at, version) select id, lead_ministry, 'DECIDED', "
                    + "'00000000-0000-4000-8000-000000000004', current_timestamp, "
                    + "'00000000-0000-4000-8000-000000000005', current_timestamp, current_timestamp, 3 "
                    + "from funding_call where id = ?", CALL_1006);
            long decision = database.single("select id from funding_decision where call_id = ?", CALL_1006);
            database.update("insert into funding_decision_line (decision_id, position, application_id, outcome, amount) "
                    + "values (?, 0, ?, 'FUND', 2000000), (?, 1, ?, 'RESERVE', 0)", decision, FUNDED, decision, RESERVE);
            database.update("insert into organisation_member (organisation_id, subject, display_name, role, joined_at, "
                    + "version) values (?, ?, '陳怡君', 'EDITOR', current_timestamp, 0)", ORGANISATION_3104, APPLICANT);
        }
    }

    @AfterAll
    static void leaveCall1006Undecided() throws Exception {
        try (StackAssignments database = StackAssignments.open()) {
            database.update("delete from organisation_member where organisation_id = ? and subject = ?",
                    ORGANISATION_3104, APPLICANT);
            database.update("delete from funding_decision_line where decision_id in "
                    + "(select id from funding_decision where call_id = ?)", CALL_1006);
            database.update("delete from funding_decision where call_id = ?", CALL_1006);
            database.update("delete from applicant_response where call_id = ?", CALL_1006);
            database.update("update funding_call set response_closes_at = null, response_word_limit = null where id = ?",
                    CALL_1006);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void theApplicantReadsTheOutcomeAndTheReviewersCommentsToThem(String language) throws Exception {
        boolean chinese = "zh-TW".equals(language);
        try (Browser applicant = new Browser(language)) {
            applicant.open("/applicant/");
            applicant.loginOnKeycloakPage("applicant", "demo");
            if (!chinese) {
                applicant.waiting().until(d -> "en".equals(applicant.lang()));
            }
            WebElement row = applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#my-applications tr[data-id='" + FUNDED + "']")));
            assertEquals(chinese ? "獲得補助：新臺幣 2,000,000 元" : "Funded: NT$ 2,000,000",
                    row.findElement(By.className("od-outcome")).getText());

            row.findElement(By.className("od-application-link")).click();
            applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("funding-outcome")));
            assertEquals(chinese ? "補助決定" : "Funding decision", applicant.text("funding-outcome-title"));
            assertEquals(chinese ? "獲得補助：新臺幣 2,000,000 元" : "Funded: NT$ 2,000,000",
                    applicant.text("funding-outcome-verdict"));
            List<String> reviewers = applicant.driver().findElements(By.cssSelector("#reviewer-comments .od-reviewer"))
                    .stream().map(WebElement::getText).toList();
            assertEquals(chinese ? List.of("審查委員 1", "審查委員 2", "審查委員 3")
                    : List.of("Reviewer 1", "Reviewer 2", "Reviewer 3"), reviewers);
            List<String> comments = applicant.driver().findElements(By.cssSelector("#reviewer-comments .od-comment"))
                    .stream().map(WebElement::getText).toList();
            assertTrue(comments.get(0).startsWith("The project is worth supporting"), comments.toString());
            String outcome = applicant.text("funding-outcome");
            NEVER_SHOWN.forEach(text -> assertFalse(outcome.contains(text), "never shown: " + text));
        }
    }

    /**
     * The applicant response window in the browser: the lead's officer opens it on the call's page (Chinese), the
     * applicant reads the reviewers' comments to them and answers, refused over the word limit with what was typed
     * kept (English), and the officer reads the answer on the panel.
     */
    @Test
    void theOfficerOpensTheResponseWindowTheApplicantAnswersAndThePanelReadsIt() throws Exception {
        try (Browser officer = new Browser("zh-TW")) {
            officer.open("/officer/call.xhtml?id=" + CALL_1006);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            WebElement closes = officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("response-window:responseClosesAt")));
            String week = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Taipei")).plusDays(7)
                    .withSecond(0).withNano(0).toString();
            ((org.openqa.selenium.JavascriptExecutor) officer.driver())
                    .executeScript("arguments[0].value = arguments[1]", closes, week);
            WebElement limit = officer.driver().findElement(By.id("response-window:responseWordLimit"));
            limit.clear();
            limit.sendKeys("12");
            officer.driver().findElement(By.id("response-window:open-response-window")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("response-window-now")));
            assertTrue(officer.text("response-window-now").contains("12"), officer.text("response-window-now"));
        }
        try (Browser applicant = new Browser("en")) {
            applicant.open(PAGE);
            applicant.loginOnKeycloakPage("applicant", "demo");
            applicant.waiting().until(d -> "en".equals(applicant.lang()));
            applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("response-title")));
            assertTrue(applicant.text("response-window").contains("12 words"), applicant.text("response-window"));
            assertEquals(List.of("Reviewer 1", "Reviewer 2", "Reviewer 3"), applicant.driver()
                    .findElements(By.cssSelector("#response-comments .od-reviewer")).stream().map(WebElement::getText).toList());
            String window = applicant.driver().findElement(By.id("response")).getText();
            NEVER_SHOWN.forEach(text -> assertFalse(window.contains(text), "never shown: " + text));

            String tooLong = "We will state the age and accent make-up of the speakers in the datasheet as asked.";
            applicant.driver().findElement(By.id("response:answer")).sendKeys(tooLong);
            applicant.driver().findElement(By.id("response:save-response")).click();
            applicant.waiting().until(d -> responseText(d).contains("above the limit of 12"));
            assertEquals(tooLong, applicant.driver().findElement(By.id("response:answer")).getAttribute("value"),
                    "what was typed is kept");
            WebElement answer = applicant.driver().findElement(By.id("response:answer"));
            answer.clear();
            answer.sendKeys("The datasheet will state the speakers' ages and accents.");
            applicant.driver().findElement(By.id("response:save-response")).click();
            applicant.waiting().until(d -> responseText(d).contains("Your answer is saved."));
        }
        try (Browser officer = new Browser("en")) {
            officer.open("/officer/panel.xhtml?call=" + CALL_1006);
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-title")));
            WebElement row = officer.driver().findElement(By.cssSelector("#ranking .application-title[data-application='"
                    + FUNDED + "']")).findElement(By.xpath("./ancestor::tr"));
            assertTrue(row.findElement(By.className("applicant-response")).getText()
                    .contains("The datasheet will state the speakers' ages and accents."), row.getText());
        }
    }

    /** The response form's text, or nothing while the page is being replaced after a click. */
    private static String responseText(org.openqa.selenium.WebDriver driver) {
        try {
            return driver.findElement(By.id("response")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException reloading) {
            return "";
        }
    }

    @Test
    void anotherApplicantAndAnOfficerAreRefusedByTheServer() throws Exception {
        assertEquals(403, ReviewSteps.statusOf(PAGE, "applicant2", "/applicant/"), "another applicant");
        assertEquals(403, ReviewSteps.statusOf(PAGE, "officer.nstc", "/officer/"), "an officer of a ministry not in the call");
    }
}
