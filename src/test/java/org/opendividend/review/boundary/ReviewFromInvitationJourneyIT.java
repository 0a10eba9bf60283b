package org.opendividend.review.boundary;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.RunningStack;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review from end to end as its people live it, in one journey, once in Traditional Chinese and once in English: an
 * applicant submits to demo call 1001 and the Ministry of Culture's officer screens it eligible; the officer invites a
 * new address into the call's reviewer pool; Keycloak mails its "set your password" link to the stack's mail catcher;
 * the new reviewer follows it, sets a password, gives the name Keycloak asks for, lands in the reviewers' area and
 * fills in the profile; the officer assigns the new reviewer to the application by hand and mails the reviewers; the
 * reviewer follows the mail's link, declares no conflict, scores every criterion and submits; the officer's progress
 * counts the submitted review. Every page is scanned by axe-core.
 */
@ExtendWith(RunningStack.class)
class ReviewFromInvitationJourneyIT {

    private static final String CALL_1001 = "1001";
    private static final String PASSWORD = "Reviewer-first-login-42";
    /** The link to the reviewers' area (not to the profile, which the pool's invitation links) in the mail of new assignments. */
    private static final Pattern REVIEWER_LINK = Pattern.compile("https?://\\S+/reviewer/(?=\\s|$)");

    /** What each step says, in the language of the journey. */
    private record Texts(String invited, String profileSaved, String assigned, String mailed, String awaiting,
                         String confirmation, String submitted, String oneOfThree) {

        static Texts of(String language) {
            return language.equals("en")
                    ? new Texts(" was invited and will be told by e-mail.", "Your profile was saved.",
                    "The reviewer was assigned.", "mailed.", "Awaiting declaration", "Submit your review?",
                    "Review submitted", "1 of 3")
                    : new Texts("已邀請 ", "已儲存您的資料。", "已分派此審查委員。", "已寄信給", "待聲明利益衝突",
                    "確定送出審查意見？", "已送出審查意見", "1 份，共需 3 份");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void anInvitedReviewerLogsInForTheFirstTimeIsAssignedDeclaresAndSubmitsAScore(String language) throws Exception {
        Texts texts = Texts.of(language);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        // a domain of its own: the applicant's (example.org) would be a conflict of interest
        String fresh = "reviewer-" + marker + "@review-" + marker + ".example.net";
        try (Browser applicant = new Browser("zh-TW")) {
            ReviewSteps.submitUnrelated(applicant, marker);
        }
        try (Browser officer = new Browser(language); Browser reviewer = new Browser(language)) {
            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            ReviewSteps.screenEligible(officer, marker);

            officer.open("/officer/reviewers.xhtml?ministry=moc&call=" + CALL_1001);
            new FormFilling(officer.driver()).type("invite:email", fresh).submit("invite:send");
            assertTrue(officer.text("page-messages").contains(texts.invited()), officer.text("page-messages"));

            // Keycloak's own mail, its link, its pages: a password, the name, then the reviewers' area
            String link = reviewer.waiting().until(d -> ReviewSteps.actionLink(RunningStack.stack().mails().textsFor(fresh)));
            assertTrue(link.startsWith(RunningStack.keycloakUrl()), "Keycloak's own link: " + link);
            reviewer.driver().get(link);
            ReviewSteps.firstLogin(reviewer, fresh, PASSWORD, "淑惠" + marker, "陳");
            assertTrue(reviewer.text("user-name").contains(marker), "logged in as the invited person");
            reviewer.click("area-profile");
            new FormFilling(reviewer.driver()).type("profile:keywordsZhTw", "客語語音辨識")
                    .check("profile:languages", "hak").type("profile:maxLoadPerCall", "4").submit("profile:save");
            assertTrue(reviewer.text("page-messages").contains(texts.profileSaved()), reviewer.text("page-messages"));

            long application = assignByHandAndMail(officer, texts, marker);
            String mail = officer.waiting().until(d -> RunningStack.stack().mails().textsFor(fresh).stream()
                    .filter(text -> REVIEWER_LINK.matcher(text).find()).findFirst().orElse(null));
            assertTrue(mail.contains(marker), "the assignment mail names the application: " + mail);
            Matcher toReviewerArea = REVIEWER_LINK.matcher(mail);
            assertTrue(toReviewerArea.find(), mail);

            reviewer.driver().get(toReviewerArea.group());
            WebElement row = ReviewSteps.assignmentRow(reviewer, marker);
            assertEquals(texts.awaiting(), row.findElement(By.className("assignment-state")).getText());
            row.findElement(By.className("assignment-declare")).click();
            reviewer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-title")));
            new FormFilling(reviewer.driver()).submit("declaration:no-conflict");
            scoreAndSubmit(reviewer, texts);

            officer.open("/officer/assignment.xhtml?call=" + CALL_1001);
            WebElement score = officer.driver().findElement(By.cssSelector(".score-title[data-application='"
                    + application + "']")).findElement(By.xpath("./ancestor::tr"));
            assertEquals(texts.oneOfThree(), score.findElement(By.className("submitted-count")).getText());
        }
    }

    /**
     * From the calls list to the call's assignment page, where the officer assigns the reviewer whose name holds the
     * marker to the application by hand and mails the reviewers; returns the application's id.
     */
    private static long assignByHandAndMail(Browser officer, Texts texts, String marker) {
        officer.open("/officer/calls.xhtml");
        officer.driver().findElement(By.cssSelector("a.od-assign-link[href*='call=" + CALL_1001 + "']")).click();
        officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-title")));
        String application = row(officer, marker).findElement(By.className("application-title")).getAttribute("data-application");
        new Select(officer.driver().findElement(By.id("hand:application"))).selectByValue(application);
        Select reviewers = new Select(officer.driver().findElement(By.id("hand:reviewer")));
        List<String> names = reviewers.getOptions().stream().map(WebElement::getText).toList();
        reviewers.selectByVisibleText(names.stream().filter(n -> n.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("the new reviewer among " + names)));
        new FormFilling(officer.driver()).submit("hand:assign");
        assertTrue(officer.text("page-messages").contains(texts.assigned()), officer.text("page-messages"));
        WebElement assigned = officer.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> row(officer, marker).findElement(By.className("assigned-reviewer")));
        assertTrue(assigned.getText().contains(marker) && assigned.getText().contains(texts.awaiting()),
                assigned.getText());
        new FormFilling(officer.driver()).submit("mail:send");
        assertTrue(officer.text("page-messages").contains(texts.mailed()), officer.text("page-messages"));
        return Long.parseLong(application);
    }

    /** Scores every criterion on the review page, fills in the rest of the form and submits it after confirming. */
    private static void scoreAndSubmit(Browser reviewer, Texts texts) {
        String f = ReviewSteps.F;
        reviewer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
        List<WebElement> scores = reviewer.driver().findElements(By.cssSelector("select[id$=':score']"));
        assertTrue(scores.size() > 1, "one score per criterion of call 1001");
        for (int i = 0; i < scores.size(); i++) {
            Select score = new Select(reviewer.driver().findElement(By.id(f + "criteria:" + i + ":score")));
            score.selectByIndex(score.getOptions().size() - 1 - i);
        }
        new Select(reviewer.driver().findElement(By.id(f + "confidence"))).selectByValue("3");
        reviewer.driver().findElement(By.cssSelector("input[name='" + f + "recommendation'][value='FUND']")).click();
        new FormFilling(reviewer.driver()).type(f + "toApplicant", "語料規劃清楚，建議補充授權方式。")
                .type(f + "toPanel", "客語腔調涵蓋完整，值得補助。");
        reviewer.click(f + "submit");
        ReviewSteps.confirm(reviewer, texts.confirmation());
        reviewer.waiting().until(ExpectedConditions.textToBe(By.id("assignment-state"), texts.submitted()));
        assertTrue(reviewer.has(f + "locked"));
    }

    private static WebElement row(Browser officer, String marker) {
        return officer.driver().findElement(By.xpath("//table[@id='board:applications']//tr[contains(@class,"
                + "'assignment-row') and contains(., '" + marker + "')]"));
    }
}
