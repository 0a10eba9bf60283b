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
 * are refused the page by the server. Every page is scanned by axe-core.
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

    @Test
    void anotherApplicantAndAnOfficerAreRefusedByTheServer() throws Exception {
        assertEquals(403, ReviewSteps.statusOf(PAGE, "applicant2", "/applicant/"), "another applicant");
        assertEquals(403, ReviewSteps.statusOf(PAGE, "officer.nstc", "/officer/"), "an officer of a ministry not in the call");
    }
}
