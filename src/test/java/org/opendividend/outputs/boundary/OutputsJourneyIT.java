package org.opendividend.outputs.boundary;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.stack.Browser;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open outputs of the demo award 1008-1 in a real browser, in both languages: the demo applicant opens them from
 * the award page and finds the demo's states (the code verified, the model not compliant with the officer's reason,
 * the report checked); the first language registers the planned lexicon dataset (a licence that is not an SPDX id is
 * refused first, with nothing typed lost) as a Hugging Face dataset the stack's registries know (recorded answers on
 * loopback, as in the demo: {@code RecordedRegistries}) and sees its checks pass with their evidence; officer.moc
 * verifies it from the outputs queue; the grantee then sees it verified, and an anonymous visitor finds it verified
 * in the public registry with the date in Taipei time and its licence. Another organisation's applicant gets the 403
 * page in the browser; another role and the API of another organisation are refused by the server. Every page is
 * scanned by axe-core ({@link Browser}).
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutputsJourneyIT {

    private static final String OUTPUTS = "/applicant/outputs.xhtml?award=8001";
    /** A Hakka lexicon the stack's registries know: public, CC BY 4.0, Hakka in its metadata (README, Open outputs). */
    private static final String LEXICON = "https://huggingface.co/datasets/taide-community/hakka-lexicon";

    private static WebElement obligation(Browser browser, int position) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.obligation[data-position='" + position + "']")));
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void theGranteeRegistersAnOutputSeesItsChecksAndTheOfficerVerifiesIt(String language) throws Exception {
        boolean chinese = "zh-TW".equals(language);
        try (Browser applicant = new Browser(language)) {
            applicant.open("/applicant/award.xhtml?id=8001");
            applicant.loginOnKeycloakPage("applicant", "demo");
            if (!chinese) {
                applicant.waiting().until(d -> "en".equals(applicant.lang()));
            }
            applicant.waiting().until(ExpectedConditions.elementToBeClickable(By.id("award-outputs"))).click();
            applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("outputs-title")));
            assertEquals(4, applicant.driver().findElements(By.cssSelector("section.obligation")).size());
            assertEquals("VERIFIED", obligation(applicant, 1).getAttribute("data-state"));
            WebElement model = obligation(applicant, 2);
            assertEquals("NON_COMPLIANT", model.getAttribute("data-state"));
            assertTrue(model.findElement(By.className("obligation-reason")).getText().contains("OpenRAIL"));
            // its components: the final parameters under OpenRAIL, and no class reached, with what class III misses
            assertEquals(chinese ? "未分級" : "Unclassified", model.findElement(By.className("mof-reached")).getText());
            assertTrue(model.findElements(By.cssSelector(".mof-missing li")).size() >= 3);
            assertEquals(10, obligation(applicant, 3).findElements(By.cssSelector(".check-row")).size());

            if ("PLANNED".equals(obligation(applicant, 0).getAttribute("data-state"))) {
                obligation(applicant, 0).findElement(By.className("register-output")).click();
                applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registration:url")));
                applicant.driver().findElement(By.id("registration:url"))
                        .sendKeys(LEXICON);
                new Select(applicant.driver().findElement(By.id("registration:registry")))
                        .selectByValue("HUGGING_FACE_DATASET");
                WebElement licence = applicant.driver().findElement(By.id("registration:licence"));
                licence.clear();
                licence.sendKeys("CC BY please");
                applicant.click("registration:submit-registration");
                WebElement error = applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".ui-messages-error")));
                assertTrue(error.getText().contains("CC BY please") && error.getText().contains("SPDX"),
                        error.getText());
                assertEquals(LEXICON, applicant.driver().findElement(By.id("registration:url")).getAttribute("value"),
                        "nothing lost");
                licence = applicant.driver().findElement(By.id("registration:licence"));
                licence.clear();
                licence.sendKeys("CC-BY-4.0");
                // pinned: the dataset's commit as the registry gives it
                applicant.driver().findElement(By.id("registration:revision"))
                        .sendKeys("5d2e8f1a7c3b9e0d4f6a2c8b1e7d3f9a0c5b2e8d");
                applicant.click("registration:submit-registration");
                applicant.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".ui-messages-info")));
                WebElement registered = obligation(applicant, 0);
                assertEquals("CHECKED", registered.getAttribute("data-state"));
                assertEquals(10, registered.findElements(By.cssSelector(".check-row")).size(), "every check shown");
                // the checks ran against the stack's registries (recorded Hugging Face answers): real verdicts
                for (String passed : List.of("RESOLVABLE", "PUBLIC", "LICENCE_DECLARED", "SPDX", "CONSISTENT",
                        "OPEN_FOR_TYPE", "PINNED", "LANGUAGES")) {
                    WebElement row = registered.findElement(By.cssSelector(".check-row[data-check='" + passed + "']"));
                    assertEquals("PASS", row.getAttribute("data-verdict"), passed + ": " + row.getText());
                    assertFalse(row.findElement(By.className("check-message")).getText().isBlank(), passed);
                }
                WebElement licenceRow = registered.findElement(By.cssSelector(".check-row[data-check='LICENCE_DECLARED']"));
                assertTrue(licenceRow.getText().contains("cardData.license") && licenceRow.getText().contains("cc-by-4.0"),
                        "the evidence: " + licenceRow.getText());
            }
        }

        try (Browser officer = new Browser(language)) {
            officer.open("/officer/outputs.xhtml");
            officer.loginOnKeycloakPage("officer.moc", "demo");
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("outputs-queue-title")));
            By lexicon = By.cssSelector("section.queued-output[data-award='1008-1'][data-position='0']");
            WebElement queued = officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(lexicon));
            assertTrue(queued.getText().contains("hakka-lexicon"), queued.getText());
            if ("CHECKED".equals(queued.getAttribute("data-state"))) {
                queued.findElement(By.className("verify-output")).click();
                officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
            }
            assertEquals("VERIFIED", officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(lexicon))
                    .getAttribute("data-state"));
        }

        try (Browser applicant = new Browser(language)) {
            applicant.open(OUTPUTS);
            applicant.loginOnKeycloakPage("applicant", "demo");
            if (!chinese) {
                applicant.waiting().until(d -> "en".equals(applicant.lang()));
            }
            assertEquals(chinese ? "已驗證" : "Verified",
                    obligation(applicant, 0).findElement(By.className("obligation-state")).getText().strip());
        }

        // anyone, without logging in, finds it verified in the public registry: the date in Taipei time, its licence
        try (Browser visitor = new Browser(language)) {
            visitor.open("/registry/project.xhtml?id=1008-1");
            WebElement lexicon = visitor.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#project-output-table tr.od-output[data-type='DATASET']")));
            assertEquals(chinese ? "已驗證開放" : "Verified open",
                    lexicon.findElement(By.className("od-output-state")).getText());
            String verifiedText = lexicon.findElement(By.className("od-output-verified")).getText();
            assertTrue(verifiedText.matches((chinese ? "驗證於 " : "verified on ")
                    + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), verifiedText);
            // verified minutes ago by this journey, shown in Taipei time (UTC would be eight hours off)
            java.time.LocalDateTime shown = java.time.LocalDateTime.parse(
                    verifiedText.substring(verifiedText.length() - 19).replace(' ', 'T'));
            long minutesAgo = java.time.Duration.between(shown,
                    java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Taipei"))).toMinutes();
            assertTrue(minutesAgo >= 0 && minutesAgo < 60, "verified " + minutesAgo + " min ago: " + verifiedText);
            assertTrue(lexicon.findElement(By.className("od-output-licence")).getText().contains("CC-BY-4.0"),
                    lexicon.getText());
            assertEquals(LEXICON, lexicon.findElement(By.className("od-output-link")).getAttribute("href"));
        }
    }

    @Order(2)
    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void anotherOrganisationsApplicantIsRefusedInTheBrowser(String language) throws Exception {
        try (Browser other = new Browser(language)) {
            other.open(OUTPUTS);
            other.loginOnKeycloakPage("applicant2", "demo");
            other.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-403")));
            assertEquals("en".equals(language) ? "Access denied" : "沒有存取權限", other.text("error-title"));
            assertTrue(other.driver().findElements(By.id("outputs-title")).isEmpty(), "nothing of award 1008-1 shown");
            assertTrue(other.driver().findElements(By.cssSelector("section.obligation")).isEmpty());
        }
    }

    @Order(3)
    @Test
    void anotherOrganisationAnotherRoleAndTheApiOfAnotherOrganisationAreRefused() throws Exception {
        assertEquals(403, WebClient.statusOf(OUTPUTS, "applicant2", "/applicant/"), "another organisation's applicant");
        assertEquals(403, WebClient.statusOf(OUTPUTS, "officer.moc", "/officer/"), "the grantee's page");
        assertEquals(403, WebClient.statusOf("/officer/outputs.xhtml", "applicant", "/applicant/"), "the officers' queue");

        WebClient other = new WebClient("en");
        other.login("applicant2", "demo", "/applicant/");
        HttpResponse<String> list = other.get(RunningStack.appUrl() + "/api/v1/awards/8001/outputs");
        assertEquals(403, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"status\":403"), list.body());
        HttpResponse<String> put = other.sendJson("PUT", RunningStack.appUrl() + "/api/v1/awards/8001/outputs/0",
                "{\"url\":\"https://zenodo.org/records/1\",\"registry\":\"ZENODO\",\"licence\":\"CC-BY-4.0\",\"version\":0}");
        assertEquals(403, put.statusCode(), put.body());

        WebClient grantee = new WebClient("en");
        grantee.login("applicant", "demo", "/applicant/");
        HttpResponse<String> own = grantee.get(RunningStack.appUrl() + "/api/v1/awards/8001/outputs");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"state\":\"NON_COMPLIANT\"") && own.body().contains("\"checks\""), own.body());
        HttpResponse<String> bad = grantee.sendJson("PUT", RunningStack.appUrl() + "/api/v1/awards/8001/outputs/3",
                "{\"url\":\"javascript:alert(1)\",\"registry\":\"NOPE\",\"licence\":\"x\",\"version\":0}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"status\":400"), bad.body());
    }
}
