package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.boundary.ApplicantSteps;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assignment of reviewers in a real browser: a new applicant (registered with an address outside the demo realm's
 * mail domain, which all demo reviewers share) submits to demo call 1001 and the Ministry of Culture's officer screens
 * it eligible; the demo reviewers have logged in once. The officer opens the call's assignment page from the calls
 * list, runs the assignment and sees the application's three reviewers with their affinities, withdraws one, assigns
 * them again by hand, and mails the reviewers, who each receive one mail naming the application and the deadline;
 * other ministries' officers and other roles are refused by the server. Every page is scanned by axe-core in both
 * languages.
 */
@ExtendWith(RunningStack.class)
class AssignmentJourneyIT {

    private static final String CALL_1001 = "1001";
    private static final List<String> DEMO_REVIEWERS = List.of("reviewer", "reviewer2", "reviewer3");

    /** The demo reviewers' addresses by the names the page shows (README's demo logins). */
    private static final Map<String, String> DEMO_ADDRESSES = Map.of("黃淑芬", "reviewer@demo.opendividend.tw",
            "劉承恩", "reviewer2@demo.opendividend.tw", "Lahok Kacaw", "reviewer3@demo.opendividend.tw",
            "彭玉琴", "reviewer4@demo.opendividend.tw", "Yuraw Watan", "reviewer5@demo.opendividend.tw");

    @Test
    void anOfficerAssignsWithdrawsAssignsByHandAndMailsTheReviewers() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        for (String reviewer : DEMO_REVIEWERS) {
            // an assignment names a person, and a person exists from their first login
            new WebClient().login(reviewer, "demo", "/reviewer/");
        }
        try (Browser applicant = new Browser("zh-TW"); Browser officer = new Browser("zh-TW")) {
            ReviewSteps.submitUnrelated(applicant, marker);

            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            ReviewSteps.screenEligible(officer, marker);

            // from the calls list to the call's assignment page
            officer.open("/officer/calls.xhtml");
            officer.driver().findElement(By.cssSelector("a.od-assign-link[href*='call=" + CALL_1001 + "']")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-title")));
            assertEquals("審查分派", officer.text("assignment-title"));

            officer.click("run:start");
            // the board is drawn again by the run's answer: a row found before it may be gone when read
            officer.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> row(officer, marker).findElements(By.className("assigned-reviewer")).size() == 3);
            assertTrue(officer.text("page-messages").contains("已分派"), officer.text("page-messages"));
            assertEquals("3 / 3 份", row(officer, marker).findElement(By.className("reviews-count")).getText());
            List<WebElement> assigned = row(officer, marker).findElements(By.className("assigned-reviewer"));
            assertTrue(assigned.stream().allMatch(a -> a.getText().contains("契合度") && a.getText().contains("待聲明")),
                    assigned.get(0).getText());
            assertTrue(officer.text("last-run").contains("已找到分派"), officer.text("last-run"));

            // withdrawn, then the same reviewer assigned again by hand
            WebElement first = assigned.get(0);
            String name = first.findElement(By.className("reviewer-name")).getText();
            first.findElement(By.className("withdraw")).click();
            officer.waiting().until(d -> officer.text("page-messages").contains("已撤回此分派"));
            assertTrue(reviewerIn(officer, marker, name).getText().contains("已撤回"));
            assertEquals("2 / 3 份", row(officer, marker).findElement(By.className("reviews-count")).getText());

            String applicationId = row(officer, marker).findElement(By.className("application-title"))
                    .getAttribute("data-application");
            new Select(officer.driver().findElement(By.id("hand:application"))).selectByValue(applicationId);
            new Select(officer.driver().findElement(By.id("hand:reviewer"))).selectByVisibleText(name);
            new FormFilling(officer.driver()).submit("hand:assign");
            assertTrue(officer.text("page-messages").contains("已分派此審查委員"), officer.text("page-messages"));
            WebElement again = reviewerIn(officer, marker, name);
            assertTrue(again.getText().contains("待聲明") && again.getText().contains("人工分派"), again.getText());
            assertEquals("3 / 3 份", row(officer, marker).findElement(By.className("reviews-count")).getText());

            // the review's progress: the application's reviews await their declarations, none is scored yet
            WebElement score = officer.driver().findElement(By.cssSelector(".score-title[data-application='"
                    + applicationId + "']")).findElement(By.xpath("./ancestor::tr"));
            assertEquals("0 份，共需 3 份", score.findElement(By.className("submitted-count")).getText());
            assertTrue(score.getText().contains("尚無送出的審查意見") && score.getText().contains("未達門檻"), score.getText());
            String awaiting = officer.driver().findElement(
                    By.cssSelector(".progress-stage[data-stage='AWAITING_DECLARATION']")).getText();
            assertTrue(Long.parseLong(awaiting.replaceAll("\\D+", "")) >= 3, awaiting);

            // mailed once each; a second mailing has nothing new
            List<String> addresses = row(officer, marker).findElements(By.className("reviewer-name")).stream()
                    .map(WebElement::getText).distinct().map(DEMO_ADDRESSES::get).filter(Objects::nonNull).toList();
            // other tests on this stack may have invited reviewers of their own into the pools: the demo's are checked
            assertFalse(addresses.isEmpty(), "demo reviewers among the application's reviewers");
            new FormFilling(officer.driver()).submit("mail:send");
            assertTrue(officer.text("page-messages").contains("已寄信給"), officer.text("page-messages"));
            for (String address : addresses) {
                officer.waiting().until(d -> RunningStack.stack().mails().textsFor(address).stream()
                        .anyMatch(text -> text.contains(marker)));
                String mail = RunningStack.stack().mails().textsFor(address).stream()
                        .filter(text -> text.contains(marker)).findFirst().orElseThrow();
                assertTrue(mail.contains("審查截止") && mail.contains("/reviewer/"), mail);
                assertTrue(RunningStack.stack().mails().subjectsFor(address).contains("您的審查分派"), address);
            }
            new FormFilling(officer.driver()).submit("mail:send");
            assertTrue(officer.text("page-messages").contains("沒有需要寄出的新分派"), officer.text("page-messages"));

            // the page in English too, so that it is scanned in both languages
            officer.click("lang-en");
            officer.waiting().until(d -> "en".equals(officer.lang()));
            officer.open("/officer/assignment.xhtml?call=" + CALL_1001);
            assertEquals("Reviewer assignment", officer.text("assignment-title"));
            assertTrue(row(officer, marker).getText().contains("affinity"), row(officer, marker).getText());
        }
    }

    @Test
    void otherMinistriesAndOtherRolesAreRefusedByTheServer() throws Exception {
        String page = "/officer/assignment.xhtml?call=" + CALL_1001;
        assertEquals(200, ReviewSteps.statusOf(page, "officer.moc", "/officer/"));
        assertEquals(403, ReviewSteps.statusOf(page, "officer.nstc", "/officer/"), "nstc neither leads nor co-funds call 1001");
        assertEquals(403, ReviewSteps.statusOf(page, "reviewer", "/reviewer/"), "a reviewer is no officer");
    }

    private static WebElement row(Browser officer, String marker) {
        return officer.driver().findElement(By.xpath("//table[@id='board:applications']//tr[contains(@class,"
                + "'assignment-row') and contains(., '" + marker + "')]"));
    }

    private static WebElement reviewerIn(Browser officer, String marker, String name) {
        return row(officer, marker).findElements(By.className("assigned-reviewer")).stream()
                .filter(a -> a.findElement(By.className("reviewer-name")).getText().equals(name)).findFirst()
                .orElseThrow();
    }
}
