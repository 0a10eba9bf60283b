package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.stack.Browser;
import org.opendividend.stack.RunningStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review panel in a real browser, in both languages: demo reviewers have submitted reviews of four of the six
 * eligible applications of demo call 1005 (黃淑芬 two points of nine above the others on the same applications,
 * application 3004 with one review of three); the Ministry of Culture's officer opens the call's panel from the calls
 * list and reads the ranking, each application's raw mean beside its calibrated score and interval (of two with the
 * same raw mean, the one 黃淑芬 scored ranks lower), the incomplete one marked and ranked after the complete ones, and
 * the calibration explained, naming the generous reviewer. Other ministries' officers and other roles are refused
 * by the server. Every page is scanned by axe-core.
 */
@ExtendWith(RunningStack.class)
class PanelJourneyIT {

    private static final String CALL_1005 = "1005";
    private static final String PAGE = "/officer/panel.xhtml?call=" + CALL_1005;

    /** The demo reviewers: subject, username, name (README's demo logins). */
    private static final List<List<String>> REVIEWERS = List.of(
            List.of("00000000-0000-4000-8000-000000000003", "reviewer", "黃淑芬"),
            List.of("00000000-0000-4000-8000-000000000013", "reviewer2", "劉承恩"),
            List.of("00000000-0000-4000-8000-000000000014", "reviewer3", "Lahok Kacaw"),
            List.of("00000000-0000-4000-8000-000000000015", "reviewer4", "彭玉琴"));

    /** Per application of call 1005, the score (1–9, on every criterion) of each demo reviewer, by index. */
    private static final Map<Long, Map<Integer, Integer>> SCORES = Map.of(
            3001L, Map.of(0, 8, 1, 6, 2, 6),
            3002L, Map.of(0, 9, 2, 7, 3, 7),
            3003L, Map.of(1, 7, 2, 7, 3, 6),
            3004L, Map.of(0, 9));

    private static boolean stored;

    /** Stores the submitted reviews once, for both languages (the stack is shared by the run's tests). */
    private static synchronized void storeReviews() throws Exception {
        if (stored) {
            return;
        }
        try (StackAssignments database = StackAssignments.open()) {
            List<Long> criteria = database.criteria(Long.parseLong(CALL_1005));
            Instant due = Instant.now().plus(Duration.ofDays(14));
            for (Map.Entry<Long, Map<Integer, Integer>> application : SCORES.entrySet()) {
                for (Map.Entry<Integer, Integer> score : application.getValue().entrySet()) {
                    List<String> reviewer = REVIEWERS.get(score.getKey());
                    long assignment = database.assign(application.getKey(), reviewer.get(0), reviewer.get(1),
                            reviewer.get(2), "SUBMITTED", due);
                    database.submittedReview(assignment, criteria, score.getValue(), "給申請人的意見。", "給委員會的意見。");
                }
            }
        }
        stored = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void theLeadOfficerReadsTheRankingWithRawAndCalibratedScoresAndTheExplanation(String language) throws Exception {
        storeReviews();
        boolean chinese = "zh-TW".equals(language);
        try (Browser officer = new Browser(language)) {
            officer.open("/officer/calls.xhtml");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            if (!chinese) {
                officer.waiting().until(d -> "en".equals(officer.lang()));
            }
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("a.od-panel-link[href*='call=" + CALL_1005 + "']"))).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-title")));
            assertEquals(chinese ? "審查會議" : "Review panel", officer.text("panel-title"));
            assertTrue(officer.text("overall-threshold").contains(chinese ? "總分" : "Overall"),
                    officer.text("overall-threshold"));
            assertEquals(3, officer.driver().findElements(By.className("criterion-threshold")).size(),
                    "the three criteria of call 1005");

            // 3001 and 3003 have the same raw mean; 3001's includes 黃淑芬's generous scores, so 3003 ranks above it
            List<String> order = officer.driver().findElements(By.cssSelector("#ranking .application-title")).stream()
                    .map(e -> e.getAttribute("data-application")).toList();
            assertEquals(6, order.size(), "every eligible application: " + order);
            assertEquals(List.of("3002", "3003", "3001", "3004"), order.subList(0, 4), "by calibrated score " + order);
            WebElement incomplete = row(officer, "3004");
            assertEquals("4", incomplete.findElement(By.className("rank")).getText());
            assertTrue(incomplete.findElement(By.className("incomplete")).getText()
                    .contains(chinese ? "尚未完整" : "incomplete"), incomplete.getText());
            assertEquals(chinese ? "不排序" : "Not ranked", row(officer, order.get(5)).findElement(By.className("rank")).getText());

            WebElement generous = row(officer, "3001");
            WebElement fair = row(officer, "3003");
            assertEquals(3, generous.findElements(By.className("panel-review")).size());
            assertTrue(generous.getText().contains("黃淑芬") && generous.getText().contains("88.89"),
                    "8 of 9 on every criterion: 88.89 / 100 " + generous.getText());
            assertTrue(generous.findElement(By.className("raw-mean")).getText().startsWith("74.1"));
            assertTrue(fair.findElement(By.className("raw-mean")).getText().startsWith("74.1"));
            String calibrated = generous.findElement(By.className("calibrated")).getText();
            assertTrue(calibrated.startsWith("72.1") && calibrated.contains(chinese ? "至" : " to "), calibrated);
            String moved = generous.findElement(By.className("moved")).getText();
            assertTrue(moved.contains(chinese ? "校準使分數變動" : "Calibration moved it") && moved.contains("黃淑芬"), moved);

            assertTrue(officer.text("calibration-interval").contains("95 %"), officer.text("calibration-interval"));
            String leans = officer.text("leans");
            assertTrue(leans.contains("黃淑芬") && leans.contains("Lahok Kacaw"), leans);
            String lean = officer.driver().findElement(By.cssSelector(".lean[data-lean='GENEROUS']")).getText();
            assertTrue(lean.contains("黃淑芬") && lean.contains(chinese ? "明顯偏寬" : "a clear lean to generous scores"), lean);

            // the suggested funding line: only complete applications meeting every threshold, within the budgets
            assertTrue(officer.text("portfolio-status").contains(chinese ? "已證明為最佳" : "Proven optimal"),
                    officer.text("portfolio-status"));
            List<String> candidates = officer.driver().findElements(By.cssSelector("#portfolio-ranking .portfolio-application"))
                    .stream().map(e -> e.getAttribute("data-application")).toList();
            assertFalse(candidates.isEmpty(), "the complete applications are candidates");
            assertTrue(List.of("3002", "3003", "3001").containsAll(candidates), "3004 is incomplete: " + candidates);
            assertEquals(1, officer.driver().findElements(By.cssSelector("#portfolio-ranking .funding-line")).size(),
                    "one funding line");
            List<WebElement> paid = officer.driver().findElements(By.className("portfolio-ministry"));
            assertEquals(2, paid.size(), "moc and moda pay call 1005's awards");
            assertTrue(paid.stream().anyMatch(p -> p.getText().contains(chinese ? "文化部" : "Culture")),
                    paid.stream().map(WebElement::getText).toList().toString());

            // the assignment page links to the panel as well
            officer.driver().findElement(By.cssSelector("#panel-call a.od-assign-link")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-title")));
            officer.driver().findElement(By.cssSelector("#assignment-call a.od-panel-link")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-title")));
            assertEquals(6, officer.driver().findElements(By.cssSelector("#ranking .application-title")).size());
        }
    }

    /**
     * Demo call 1006 comes reviewed (sql/demo/R__demo_zzzz_reviewed_call.sql): its panel ranks all ten applications
     * (calibration puts 3105 above 3109, whose raw mean is higher, as 彭玉琴's generous scores count less), and its
     * suggested funding line funds four of the eight candidates (3108 is below a threshold, 3110 incomplete) within the
     * 9,000,000 TWD of moc and moda, with a grey zone and the limit that binds.
     */
    @Test
    void theReviewedDemoCallShowsItsFundingLine() throws Exception {
        try (Browser officer = new Browser("en")) {
            officer.open("/officer/panel.xhtml?call=1006");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.waiting().until(d -> "en".equals(officer.lang()));
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-title")));
            List<String> order = officer.driver().findElements(By.cssSelector("#ranking .application-title")).stream()
                    .map(e -> e.getAttribute("data-application")).toList();
            assertEquals(List.of("3104", "3102", "3101", "3106", "3105", "3109", "3107", "3108", "3103", "3110"), order,
                    "every eligible application by calibrated score, the incomplete one last");
            assertTrue(row(officer, "3109").findElement(By.className("raw-mean")).getText()
                    .compareTo(row(officer, "3105").findElement(By.className("raw-mean")).getText()) > 0,
                    "3109's raw mean is above 3105's");

            List<String> funded = officer.driver().findElements(By.cssSelector("#portfolio-ranking .portfolio-outcome"))
                    .stream().filter(e -> "true".equals(e.getAttribute("data-funded")))
                    .map(e -> e.findElement(By.xpath("./ancestor::tr")).findElement(By.className("portfolio-application"))
                            .getAttribute("data-application")).toList();
            assertEquals(List.of("3104", "3102", "3101", "3106"), funded, "the suggested portfolio");
            assertEquals(8, officer.driver().findElements(By.cssSelector("#portfolio-ranking .portfolio-application")).size(),
                    "the candidates: neither 3108 (below a threshold) nor 3110 (incomplete)");
            assertEquals(1, officer.driver().findElements(By.cssSelector("#portfolio-ranking .funding-line")).size());
            assertFalse(officer.driver().findElements(By.cssSelector("#portfolio-ranking .grey-zone")).isEmpty(),
                    "intervals cross the line");
            assertFalse(officer.driver().findElements(By.cssSelector("#bindings .binding")).isEmpty(), "a limit binds");
        }
    }

    @Test
    void otherMinistriesAndOtherRolesAreRefusedByTheServer() throws Exception {
        assertEquals(200, ReviewSteps.statusOf(PAGE, "officer.moda", "/officer/"), "moda co-funds call 1005");
        assertEquals(403, ReviewSteps.statusOf(PAGE, "officer.nstc", "/officer/"), "nstc neither leads nor co-funds call 1005");
        assertEquals(403, ReviewSteps.statusOf(PAGE, "reviewer", "/reviewer/"), "a reviewer is no officer");
        assertEquals(403, ReviewSteps.statusOf(PAGE, "applicant2", "/applicant/"), "nor is an applicant");
    }

    private static WebElement row(Browser officer, String application) {
        return officer.driver().findElement(By.cssSelector("#ranking .application-title[data-application='"
                + application + "']")).findElement(By.xpath("./ancestor::tr"));
    }
}
