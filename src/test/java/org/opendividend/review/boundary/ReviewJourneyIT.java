package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.boundary.ApplicantSteps;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer's journey in a real browser: an applicant submits to demo call 1001; the demo reviewers 黃淑芬
 * ({@code reviewer}, in Traditional Chinese) and Lahok Kacaw ({@code reviewer3}, in English) are assigned to it, and
 * 劉承恩 ({@code reviewer2}) has already submitted a review. Each finds the assignment on the dashboard, declares no
 * conflict, scores the criteria, sees the draft autosaved and kept after a reload, is refused a submission with an
 * empty comment (nothing typed lost), submits after confirming, and then reads the others' reviews, unnamed. The
 * server refuses another reviewer's assignment in the address, and officers and applicants in the reviewer's area.
 */
@ExtendWith(RunningStack.class)
class ReviewJourneyIT {

    private static final String REVIEWER = "00000000-0000-4000-8000-000000000003";
    private static final String REVIEWER2 = "00000000-0000-4000-8000-000000000013";
    private static final String REVIEWER3 = "00000000-0000-4000-8000-000000000014";
    private static final String F = ReviewSteps.F;

    @Test
    void reviewersDeclareScoreAndSubmitInBothLanguagesAndReadTheOthersUnnamed() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Browser applicant = new Browser("zh-TW")) {
            ApplicantSteps.startApplication(applicant, "applicant2", marker);
            ApplicantSteps.fillEverySection(applicant, marker);
            new FormFilling(applicant.driver()).submit("application:submit");
            assertTrue(applicant.text("receipt-number").endsWith("-1"), applicant.text("application:messages"));
        }
        long mine;
        long english;
        try (StackAssignments database = StackAssignments.open()) {
            long application = database.application(marker);
            Instant due = Instant.now().plus(Duration.ofDays(14));
            mine = database.assign(application, REVIEWER, "reviewer", "黃淑芬", "ASSIGNED", due);
            english = database.assign(application, REVIEWER3, "reviewer3", "Lahok Kacaw", "ASSIGNED", due);
            long earlier = database.assign(application, REVIEWER2, "reviewer2", "劉承恩", "SUBMITTED", due);
            database.submittedReview(earlier, database.criteria(database.callOf(application)), 6, "錄音規劃完整。", "預算合理。");
        }

        try (Browser reviewer = new Browser("zh-TW")) {
            reviewer.open("/reviewer/");
            reviewer.loginOnKeycloakPage("reviewer", "demo");
            WebElement row = ReviewSteps.assignmentRow(reviewer, marker);
            assertEquals("待聲明利益衝突", row.findElement(By.className("assignment-state")).getText());
            assertTrue(row.getText().contains("客語及臺灣原住民族語言語音與文字語料建置"), row.getText());
            row.findElement(By.className("assignment-declare")).click();
            reviewer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-title")));
            assertTrue(reviewer.text("application-titleZhTw").contains(marker));
            assertEquals("錄製客語語音。", reviewer.text("application-abstract"));
            assertTrue(reviewer.text("application-organisation").contains(marker), "the call is not blind");
            new FormFilling(reviewer.driver()).submit("declaration:no-conflict");
            review(reviewer, "已自動儲存草稿。", "此欄位為必填", "確定送出審查意見？", "已送出審查意見", "審查委員 1");
            assertFalse(reviewer.driver().getPageSource().contains("審查委員 2"), "only the one other review");
            assertFalse(reviewer.driver().getPageSource().contains("劉承恩"), "never who wrote it");
        }

        // another reviewer's assignment in the address is refused by the server, as are officers and applicants
        WebClient other = new WebClient();
        other.login("reviewer3", "demo", "/reviewer/");
        assertEquals(403, other.get(RunningStack.appUrl() + "/reviewer/review.xhtml?assignment=" + mine).statusCode());
        assertEquals(403, other.get(RunningStack.appUrl() + "/reviewer/declaration.xhtml?assignment=" + mine).statusCode());
        assertEquals(403, other.get(RunningStack.appUrl() + "/reviewer/review.xhtml?assignment=" + english).statusCode(),
                "not before declaring no conflict");
        WebClient officer = new WebClient();
        officer.login("officer.moc", "demo", "/officer/");
        assertEquals(403, officer.get(RunningStack.appUrl() + "/reviewer/").statusCode());
        assertEquals(403, officer.get(RunningStack.appUrl() + "/reviewer/review.xhtml?assignment=" + mine).statusCode());
        WebClient applicant = new WebClient();
        applicant.login("applicant2", "demo", "/applicant/");
        assertEquals(403, applicant.get(RunningStack.appUrl() + "/reviewer/").statusCode());

        try (Browser reviewer = new Browser("en")) {
            reviewer.open("/reviewer/");
            reviewer.loginOnKeycloakPage("reviewer3", "demo");
            reviewer.waiting().until(d -> "en".equals(reviewer.lang()));
            WebElement row = ReviewSteps.assignmentRow(reviewer, marker);
            assertEquals("Awaiting declaration", row.findElement(By.className("assignment-state")).getText());
            row.findElement(By.className("assignment-declare")).click();
            reviewer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-title")));
            assertEquals("Conflict-of-interest declaration", reviewer.text("declaration-title"));
            new FormFilling(reviewer.driver()).submit("declaration:no-conflict");
            review(reviewer, "Draft saved automatically.", "This field is required", "Submit your review?", "Review submitted",
                    "Reviewer 2");
            assertTrue(reviewer.text("others-title").contains("Other reviews"));
            String shown = reviewer.driver().findElements(By.className("other-review")).stream().map(WebElement::getText)
                    .reduce("", String::concat);
            assertTrue(shown.contains("<script>alert('x')</script> 建議補充社群參與的細節。"),
                    "the first reviewer's comment shown as text, never run: " + shown);
            reviewer.open("/reviewer/");
            assertEquals("Review submitted", ReviewSteps.assignmentRow(reviewer, marker)
                    .findElement(By.className("assignment-state")).getText());
        }
    }

    /**
     * On the review page: scores every criterion, waits for the autosave, reloads (the draft is kept), is refused a
     * submission without the comment to the panel (the rest kept), then submits after confirming and reads the others.
     */
    private static void review(Browser reviewer, String autosaved, String required, String confirmation,
                               String submittedState, String lastOther) {
        reviewer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
        assertTrue(reviewer.has("others-later"), "no other review before one's own");
        assertFalse(reviewer.driver().getPageSource().contains("錄音規劃完整"));
        List<WebElement> scores = reviewer.driver().findElements(By.cssSelector("select[id$=':score']"));
        assertEquals(4, scores.size(), "one score per criterion of call 1001");
        for (int i = 0; i < scores.size(); i++) {
            new Select(reviewer.driver().findElement(By.id(F + "criteria:" + i + ":score"))).selectByValue(Integer.toString(5 + i));
        }
        new Select(reviewer.driver().findElement(By.id(F + "confidence"))).selectByValue("4");
        reviewer.driver().findElement(By.cssSelector("input[name='" + F + "recommendation'][value='FUND_WITH_CHANGES']")).click();
        reviewer.waiting().until(ExpectedConditions.textToBe(By.id(F + "autosave-status"), autosaved));
        // the status cleared, so that the next one is the autosave of the comment (a moment after it changes)
        ((org.openqa.selenium.JavascriptExecutor) reviewer.driver()).executeScript(
                "document.getElementById(arguments[0]).textContent = '';", F + "autosave-status");
        FormFilling form = new FormFilling(reviewer.driver());
        form.type(F + "toApplicant", "<script>alert('x')</script> 建議補充社群參與的細節。");
        reviewer.driver().findElement(By.id(F + "toPanel")).click();
        reviewer.waiting().until(ExpectedConditions.textToBe(By.id(F + "autosave-status"), autosaved));

        reviewer.driver().navigate().refresh();
        reviewer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
        assertEquals("7", form.value(F + "criteria:2:score"), "the autosaved draft is kept");
        assertEquals("<script>alert('x')</script> 建議補充社群參與的細節。", form.value(F + "toApplicant"));

        reviewer.click(F + "submit");
        ReviewSteps.confirm(reviewer, confirmation);
        reviewer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(F + "messages")));
        assertTrue(reviewer.text(F + "messages").contains(required), reviewer.text(F + "messages"));
        assertEquals("8", form.value(F + "criteria:3:score"), "nothing typed is lost");
        form.type(F + "toPanel", "團隊可行，預算需再細分。");
        reviewer.click(F + "submit");
        ReviewSteps.confirm(reviewer, confirmation);
        reviewer.waiting().until(ExpectedConditions.textToBe(By.id("assignment-state"), submittedState));
        assertTrue(reviewer.has(F + "locked"));
        assertFalse(reviewer.has(F + "submit"), "locked: no more submission");
        String others = reviewer.text("others-title") + reviewer.driver().findElements(By.className("other-review"))
                .stream().map(WebElement::getText).reduce("", String::concat);
        assertTrue(others.contains(lastOther) && others.contains("錄音規劃完整。"), others);
    }
}
