package org.opendividend.applications.boundary;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.ApplicantApi;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opendividend.stack.Browser;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.applications.ApplicantApi.expect;
import static org.opendividend.applications.ApplicantApi.object;

/**
 * Officers see submitted material only, and nobody sees the applications to a call their own organisation applies
 * to: probed with the demo's NSTC officer who is also an applicant, on NSTC's open call.
 */
@ExtendWith(RunningStack.class)
class CompetitorsAndDraftsIT {

    private static final long NSTC_CALL = 1002;

    @Test
    void anOfficerReadsNoDraftsFilesAndNothingOfACallTheirOwnOrganisationAppliesTo() throws Exception {
        WebClient competitor = new WebClient("en");
        competitor.register("competitor-" + System.nanoTime(), "Register-2026!");
        ApplicantApi competitorApi = new ApplicantApi(competitor, RunningStack.appUrl());
        JsonObject call = object(competitorApi.call(NSTC_CALL));
        long submitted = competitorApi.prepareApplication(call, 1, "Submitted benchmark", "");
        long version = object(competitorApi.get(submitted)).getJsonNumber("version").longValue();
        expect(201, competitorApi.submit(submitted, version), "submit");
        long submittedFile = firstAttachment(competitorApi, submitted);
        long draft = competitorApi.prepareApplication(call, 2, "Draft benchmark", "");
        long draftFile = firstAttachment(competitorApi, draft);

        WebClient officer = new WebClient("en");
        officer.login("officer.applicant", "demo", "/officer/");
        assertEquals(200, officer.get(RunningStack.appUrl() + "/officer/screen.xhtml?id=" + submitted).statusCode());
        assertEquals(200, officer.get(RunningStack.appUrl() + "/attachment?id=" + submittedFile).statusCode(),
                "a submitted application's file, for the officer of the funding ministry");
        HttpResponse<String> draftsFile = officer.get(RunningStack.appUrl() + "/attachment?id=" + draftFile);
        assertEquals(403, draftsFile.statusCode(), "a draft is the applicant's own");
        // a file uploaded to the submitted application since its submission is not before the fund yet
        // (another type than the file read above, which must stay in place for the refusals below)
        String type = object(competitorApi.get(submitted)).getJsonArray("attachments").getJsonObject(1).getString("type");
        long replacement = object(expect(201, competitorApi.attach(submitted, type, "newer.pdf",
                ApplicantApi.pdf("uploaded after the submission", 2048)), "replace")).getJsonNumber("id").longValue();
        assertEquals(403, officer.get(RunningStack.appUrl() + "/attachment?id=" + replacement).statusCode(),
                "not submitted: not the officer's to read");

        // the officer's own organisation now applies to the same call: a competitor, whatever their roles
        ApplicantApi own = new ApplicantApi(officer, RunningStack.appUrl());
        long organisation = object(expect(201, own.foundOrganisation("評測研究室", "Evaluation Lab"), "found"))
                .getJsonNumber("id").longValue();
        expect(201, own.start(NSTC_CALL, organisation), "start");

        HttpResponse<String> screening = officer.get(RunningStack.appUrl() + "/officer/screen.xhtml?id=" + submitted);
        assertEquals(403, screening.statusCode());
        assertTrue(screening.body().contains("Your own organisation applies to this call"), screening.body());
        assertEquals(403, officer.get(RunningStack.appUrl() + "/attachment?id=" + submittedFile).statusCode());
        assertTrue(!officer.get(RunningStack.appUrl() + "/officer/screening.xhtml").body().contains("Submitted benchmark"),
                "the call's submissions are not listed either");

        // and as the officer meets it in the browser: the page says why, in their language
        try (Browser browser = new Browser("zh-TW")) {
            browser.open("/officer/screen.xhtml?id=" + submitted).loginOnKeycloakPage("officer.applicant", "demo");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-reason")));
            assertTrue(browser.text("error-reason").contains("利益衝突"), browser.text("error-reason"));
            assertFalse(browser.driver().getPageSource().contains("Submitted benchmark"));
        }
    }

    private static long firstAttachment(ApplicantApi api, long application) throws Exception {
        return object(api.get(application)).getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
