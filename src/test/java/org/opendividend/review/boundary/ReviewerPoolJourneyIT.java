package org.opendividend.review.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.KeycloakAdmin;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviewer pools and profiles against the real stack: an officer of the Ministry of Culture invites a new address
 * (the account then exists in the real Keycloak with the reviewer role and the first-login actions, and the mail is
 * caught) and an existing account (reused, not duplicated); officers of other ministries and other roles are refused
 * by the server; a demo reviewer declines a call's invitation with a reason the officer reads, and edits the profile,
 * a refused save keeping everything typed, in Traditional Chinese and in English.
 */
@ExtendWith(RunningStack.class)
class ReviewerPoolJourneyIT {

    /** The demo reviewer 黃淑芬 of the realm file: an existing account. */
    private static final String EXISTING = "reviewer@demo.opendividend.tw";
    private static final String EXISTING_ID = "00000000-0000-4000-8000-000000000003";
    /** Demo call 1001, led by moc and co-funded by moda; nstc has no part in it. */
    private static final String CALL_1001 = "1001";
    private static final String CALL_1001_TITLE = "客語及臺灣原住民族語言語音與文字語料建置";

    @Test
    void anOfficerInvitesANewAddressAndAnExistingAccountIsReused() throws Exception {
        String fresh = "new-reviewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeycloakAdmin keycloak = new KeycloakAdmin();
        try (Browser officer = new Browser("zh-TW")) {
            officer.open("/officer/");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.click("area-reviewers");
            assertEquals("審查委員名單", officer.text("reviewers-title"));
            assertTrue(officer.text("pool-title").contains("文化部"), officer.text("pool-title"));
            FormFilling form = new FormFilling(officer.driver());

            // an address the browser lets through (no dot in the domain) is refused by the server, keeping it typed
            form.type("invite:email", "reviewer@localhost").submit("invite:send");
            assertTrue(officer.text("page-messages").contains("這不是有效的電子郵件地址"), officer.text("page-messages"));
            assertEquals("reviewer@localhost", form.value("invite:email"), "what was typed stays");

            form.type("invite:email", fresh).submit("invite:send");
            assertTrue(officer.text("page-messages").contains("已邀請 " + fresh), officer.text("page-messages"));
            assertTrue(member(officer, fresh).getText().contains("已邀請"));

            List<JsonObject> created = keycloak.usersByEmail(fresh);
            assertEquals(1, created.size(), "the account exists in Keycloak");
            JsonObject account = created.get(0);
            assertEquals(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"), account.getJsonArray("requiredActions")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList());
            assertFalse(account.getBoolean("emailVerified"));
            assertTrue(keycloak.realmRoles(account.getString("id")).contains("reviewer"));
            officer.waiting().until(d -> RunningStack.stack().mails().subjectsFor(fresh).contains("邀請您擔任基金審查委員"));

            // the pool of call 1001, where the same new address and the demo reviewer's account are invited
            new Select(officer.driver().findElement(By.id("pool-choice:call"))).selectByValue(CALL_1001);
            form.submit("pool-choice:show");
            assertTrue(officer.driver().getCurrentUrl().contains("call=" + CALL_1001), officer.driver().getCurrentUrl());
            assertTrue(officer.text("pool-title").contains(CALL_1001_TITLE), officer.text("pool-title"));
            form.type("invite:email", fresh).submit("invite:send");
            form.type("invite:email", EXISTING).submit("invite:send");
            assertTrue(member(officer, EXISTING).getText().contains("黃淑芬"), "the existing account's name");
            assertEquals(List.of(account.getString("id")), ids(keycloak.usersByEmail(fresh)), "reused, not created again");
            assertEquals(List.of(EXISTING_ID), ids(keycloak.usersByEmail(EXISTING)), "the demo reviewer's own account");

            form.type("invite:email", EXISTING).submit("invite:send");
            assertTrue(officer.text("page-messages").contains("已在此名單中"), "nobody is invited twice into one pool");
        }
    }

    @Test
    void otherMinistriesAndOtherRolesAreRefusedByTheServer() throws Exception {
        WebClient moc = new WebClient();
        moc.login("officer.moc", "demo", "/officer/reviewers.xhtml");
        assertEquals(200, moc.get(RunningStack.appUrl() + "/officer/reviewers.xhtml?ministry=moc&call=" + CALL_1001).statusCode());
        assertEquals(403, moc.get(RunningStack.appUrl() + "/officer/reviewers.xhtml?ministry=nstc").statusCode(),
                "another ministry's pool");
        assertEquals(403, moc.get(RunningStack.appUrl() + "/reviewer/profile.xhtml").statusCode(), "not a reviewer");

        WebClient nstc = new WebClient();
        nstc.login("officer.nstc", "demo", "/officer/reviewers.xhtml");
        assertEquals(403, nstc.get(RunningStack.appUrl() + "/officer/reviewers.xhtml?ministry=nstc&call=" + CALL_1001)
                .statusCode(), "a call nstc neither leads nor co-funds");

        WebClient reviewer = new WebClient();
        reviewer.login("reviewer", "demo", "/reviewer/profile.xhtml");
        assertEquals(403, reviewer.get(RunningStack.appUrl() + "/officer/reviewers.xhtml?ministry=moc").statusCode());
    }

    @Test
    void aReviewerDeclinesACallAndKeepsTheirProfileInBothLanguages() throws Exception {
        try (Browser reviewer = new Browser("zh-TW"); Browser officer = new Browser("zh-TW")) {
            reviewer.open("/reviewer/");
            reviewer.loginOnKeycloakPage("reviewer3", "demo");
            reviewer.click("area-profile");
            assertEquals("我的審查委員資料", reviewer.text("profile-title"));
            FormFilling form = new FormFilling(reviewer.driver());

            // the invitation into call 1001's pool, declined: first without a reason, then with one
            form.submit(invitationButton(reviewer));
            assertTrue(reviewer.text("page-messages").contains("婉拒理由"), reviewer.text("page-messages"));
            invitationRow(reviewer).findElement(By.cssSelector("input[type=text]")).sendKeys("本期正值田野調查，無法審查。");
            form.submit(invitationButton(reviewer));
            assertTrue(invitationRow(reviewer).getText().contains("已婉拒"), invitationRow(reviewer).getText());

            // the demo profile is shown; a save with a wrong ORCID iD and reversed years is refused, keeping everything
            assertTrue(form.value("profile:keywordsZhTw").contains("阿美語語料"), form.value("profile:keywordsZhTw"));
            form.check("profile:languages", "tao").check("profile:languages", "hak")
                    .type("profile:keywordsEn", "Amis corpora, speech data")
                    .type("profile:collaborators", "0000-0002-1825-0098")
                    .type("profile:affiliations:1:organisation", "中央研究院語言學研究所")
                    .type("profile:affiliations:1:fromYear", "2015")
                    .type("profile:affiliations:1:toYear", "2012")
                    .submit("profile:save");
            String problems = reviewer.text("page-messages");
            assertTrue(problems.contains("不是有效的 ORCID iD（請檢查數字）：0000-0002-1825-0098"), problems);
            assertTrue(problems.contains("迄年不得早於起年"), problems);
            assertEquals("0000-0002-1825-0098", form.value("profile:collaborators"));
            assertEquals("Amis corpora, speech data", form.value("profile:keywordsEn"));
            assertEquals("中央研究院語言學研究所", form.value("profile:affiliations:1:organisation"));
            assertTrue(checked(reviewer, "tao"), "the ticked language stays ticked");

            form.type("profile:collaborators", "https://orcid.org/0000-0002-1825-0097")
                    .type("profile:affiliations:1:toYear", "2018")
                    .submit("profile:save");
            assertTrue(reviewer.text("page-messages").contains("已儲存您的資料"), reviewer.text("page-messages"));
            reviewer.open("/reviewer/profile.xhtml");
            assertEquals("0000-0002-1825-0097", form.value("profile:collaborators"), "kept in its plain form");
            assertTrue(checked(reviewer, "tao") && checked(reviewer, "ami") && checked(reviewer, "szy"));
            assertEquals("2018", form.value("profile:affiliations:1:toYear"));

            reviewer.click("lang-en");
            reviewer.waiting().until(d -> "en".equals(reviewer.lang()));
            reviewer.open("/reviewer/profile.xhtml");
            assertEquals("My reviewer profile", reviewer.text("profile-title"));
            form.type("profile:maxLoadPerCall", "0").submit("profile:save");
            assertTrue(reviewer.text("page-messages").contains("Must be between 1 and 50."), reviewer.text("page-messages"));
            assertEquals("0", form.value("profile:maxLoadPerCall"));

            // the co-funding ministry's officer reads the reason in the call's pool
            officer.open("/officer/reviewers.xhtml?ministry=moda&call=" + CALL_1001);
            officer.loginOnKeycloakPage("officer.moda", "demo");
            WebElement row = member(officer, "reviewer3@demo.opendividend.tw");
            assertTrue(row.getText().contains("已婉拒") && row.getText().contains("本期正值田野調查"), row.getText());
            officer.click("lang-en");
            officer.waiting().until(d -> "en".equals(officer.lang()));
            assertEquals("Reviewer pools", officer.text("reviewers-title"));
        }
    }

    private static WebElement member(Browser officer, String email) {
        return officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='pool']//tr[contains(., '" + email + "')]")));
    }

    private static WebElement invitationRow(Browser reviewer) {
        return reviewer.driver().findElement(By.xpath("//table[@id='invitations:list']//tr[contains(., '" + CALL_1001_TITLE + "')]"));
    }

    private static String invitationButton(Browser reviewer) {
        return invitationRow(reviewer).findElement(By.cssSelector("input[type=submit]")).getAttribute("id");
    }

    private static boolean checked(Browser browser, String language) {
        return browser.driver().findElement(By.cssSelector("input[name='profile:languages'][value='" + language + "']")).isSelected();
    }

    private static List<String> ids(List<JsonObject> users) {
        return users.stream().map(u -> u.getString("id")).toList();
    }
}
