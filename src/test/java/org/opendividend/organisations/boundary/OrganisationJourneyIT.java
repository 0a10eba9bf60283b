package org.opendividend.organisations.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations in a real browser: an applicant creates an organisation, is told at the field that the unified
 * business number is wrong and loses nothing, corrects it, and invites applicant2 as an editor (the link refuses anyone
 * else); applicant2 opens the link, logs in, joins, and finds the organisation in their list. The link works once.
 */
@ExtendWith(RunningStack.class)
class OrganisationJourneyIT {

    @Test
    void anApplicantCreatesAnOrganisationAndACoApplicantJoinsByTheLink() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String zhName = "客語數位協會 " + marker + " <script>alert(1)</script>";
        String link;

        try (Browser owner = new Browser("zh-TW")) {
            owner.open("/applicant/organisations.xhtml");
            owner.loginOnKeycloakPage("applicant", "demo");
            FormFilling form = typeOrganisation(owner, zhName, marker, "04595258");
            form.submit("create:save");

            String problems = owner.text("create:messages");
            assertTrue(problems.contains("統一編號不正確"), "the wrong checksum is refused: " + problems);
            assertEquals(zhName, form.value("create:nameZhTw"), "what was typed is kept");
            assertEquals("04595258", form.value("create:businessNumber"), "the refused number stays for correction");
            Pages.assertNoStackTrace(owner.driver().getPageSource());

            form.type("create:businessNumber", "04595257");
            form.submit("create:save");
            assertEquals(zhName, owner.text("organisation-name"), "shown as text, script and all");
            assertFalse(owner.driver().getPageSource().contains("<script>alert(1)</script>"), "never as markup");
            assertEquals("管理者", owner.text("my-role"));

            link = invite(owner, "applicant2@demo.opendividend.tw", "EDITOR");
            assertTrue(owner.driver().findElement(By.cssSelector(".od-invitation-email")).getText()
                    .contains("applicant2@demo.opendividend.tw"));

            // the link is bound to the address it was sent to: anyone else who opens it is told so
            owner.driver().get(link);
            assertTrue(owner.text("join-refusal").contains("另一個電子郵件地址"), owner.text("join-refusal"));
            assertFalse(owner.has("join:accept"));
        }

        try (Browser coApplicant = new Browser("zh-TW")) {
            coApplicant.driver().get(link);
            coApplicant.loginOnKeycloakPage("applicant2", "demo");
            coApplicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("join-organisation")));
            assertEquals(zhName, coApplicant.text("join-organisation"));
            assertEquals("編輯者", coApplicant.text("join-role"));
            new FormFilling(coApplicant.driver()).submit("join:accept");
            assertEquals(zhName, coApplicant.text("organisation-name"));
            assertEquals("編輯者", coApplicant.text("my-role"));
            assertFalse(coApplicant.has("invite:send"), "editors do not invite");

            coApplicant.open("/applicant/organisations.xhtml");
            List<WebElement> rows = coApplicant.driver().findElements(By.xpath(
                    "//table[@id='my-organisations']//tr[.//a[contains(., '" + marker + "')]]"));
            assertEquals(1, rows.size(), "listed once");
            assertTrue(rows.get(0).getText().contains("編輯者"), rows.get(0).getText());

            coApplicant.driver().get(link);
            assertTrue(coApplicant.text("join-refusal").contains("已被使用"), "the link works once");
            assertFalse(coApplicant.has("join:accept"));
        }
    }

    /**
     * The demo's Keycloak sends no verification mail, so a person who registered a moment ago has an unverified address:
     * the demo takes it as verified ({@code opendividend.demo.trust-addresses}), and the README's journey (register,
     * be invited, join) works. Production would tell them to verify their address first (OrganisationsIT).
     */
    @Test
    void aPersonWhoJustRegisteredInTheDemoJoinsByTheLink() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String zhName = "客語數位協會 " + marker;
        String username = "invitee-" + marker;
        String link;
        try (Browser owner = new Browser("zh-TW")) {
            owner.open("/applicant/organisations.xhtml");
            owner.loginOnKeycloakPage("applicant", "demo");
            typeOrganisation(owner, zhName, marker, "04595257").submit("create:save");
            assertEquals(zhName, owner.text("organisation-name"));
            link = invite(owner, username + "@example.org", "VIEWER");
        }

        try (Browser invitee = new Browser("zh-TW")) {
            invitee.driver().get(link);
            invitee.registerOnKeycloakPage(username, username + "@example.org", "Register-2026!");
            invitee.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("join-organisation")));
            assertFalse(invitee.has("join-refusal"), "no refusal for a new person in the demo");
            new FormFilling(invitee.driver()).submit("join:accept");
            assertEquals(zhName, invitee.text("organisation-name"));
            assertEquals("檢視者", invitee.text("my-role"));
        }
    }

    /** Opens the organisations page and types a new organisation's details, not yet saved. */
    private static FormFilling typeOrganisation(Browser owner, String zhName, String marker, String businessNumber) {
        owner.open("/applicant/");
        owner.click("area-organisations");
        owner.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("organisations-title")));
        FormFilling form = new FormFilling(owner.driver());
        form.type("create:nameZhTw", zhName).type("create:nameEn", "Hakka Digital Association " + marker)
                .type("create:businessNumber", businessNumber).type("create:address", "桃園市中壢區中大路300號")
                .type("create:rorId", "https://ror.org/03vek6s52");
        new Select(owner.driver().findElement(By.id("create:type"))).selectByValue("NON_PROFIT");
        return form;
    }

    /** On the organisation's page: invites the address with the role and answers the link shown to the owner. */
    private static String invite(Browser owner, String email, String role) {
        FormFilling form = new FormFilling(owner.driver());
        form.type("invite:email", email);
        new Select(owner.driver().findElement(By.id("invite:role"))).selectByValue(role);
        form.submit("invite:send");
        String link = owner.driver().findElement(By.id("invite-link")).getAttribute("value");
        assertTrue(link.startsWith(RunningStack.appUrl() + "/applicant/join.xhtml?token="), link);
        return link;
    }
}
