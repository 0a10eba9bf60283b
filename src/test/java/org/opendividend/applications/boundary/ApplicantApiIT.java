package org.opendividend.applications.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.ApplicantApi;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.applications.ApplicantApi.array;
import static org.opendividend.applications.ApplicantApi.object;

/**
 * The applicants' API against the whole stack: a person registered on Keycloak's page founds an organisation,
 * starts, saves, attaches, submits and lists versions over HTTP; bad input is refused field by field in the reader's
 * language and changes nothing; other applicants, other roles and anonymous callers are refused by the server.
 */
@ExtendWith(RunningStack.class)
class ApplicantApiIT {

    private static final long OPEN_CALL = 1001;
    private static final long CALL_NOT_YET_OPEN = 1003;
    /** The open call's single choice: the main kind of corpus (speech, text, both). */
    private static final long SINGLE_CHOICE_QUESTION = 100152;

    @Test
    void aNewApplicantPreparesAndSubmitsAnApplicationThroughTheApi() throws Exception {
        WebClient client = new WebClient("en");
        assertEquals(RunningStack.appUrl() + "/applicant/",
                client.register("api-applicant-" + System.nanoTime(), "Register-2026!").uri().toString());
        ApplicantApi api = new ApplicantApi(client, RunningStack.appUrl());

        HttpResponse<String> founded = api.foundOrganisation("開放語料研究室", "Open Corpus Lab");
        assertEquals(201, founded.statusCode(), founded.body());
        long organisation = object(founded).getJsonNumber("id").longValue();
        HttpResponse<String> notOpen = api.start(CALL_NOT_YET_OPEN, organisation);
        assertEquals(400, notOpen.statusCode(), "a call that opens later takes no applications");
        assertTrue(notOpen.body().contains("does not accept applications now"), notOpen.body());

        HttpResponse<String> started = api.start(OPEN_CALL, organisation);
        assertEquals(201, started.statusCode(), started.body());
        JsonObject draft = object(started);
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(RunningStack.appUrl() + "/applicant/application.xhtml?id=" + id,
                started.headers().firstValue("Location").orElseThrow());
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(draft.getJsonArray("missing").isEmpty(), "an empty draft lacks a lot");

        JsonObject call = object(api.call(OPEN_CALL));
        var exclusion = Json.createObjectBuilder().add("name", "陳美玲").add("emailOrOrganisation", "mei@example.org")
                .add("reason", "leads a competing project");
        JsonObject content = Json.createObjectBuilder(ApplicantApi.completeContent(call, "Hakka corpus <script>alert(1)</script>"))
                .add("exclusions", Json.createArrayBuilder().add(exclusion)).build();
        HttpResponse<String> saved = api.save(id, draft.getJsonNumber("version").longValue(), content);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject savedCopy = object(saved);
        assertEquals("Hakka corpus <script>alert(1)</script>", savedCopy.getJsonObject("titles").getString("en"),
                "kept as typed (escaping is the job of whatever shows it)");
        assertEquals(content.getJsonArray("exclusions"), savedCopy.getJsonArray("exclusions"));
        long version = savedCopy.getJsonNumber("version").longValue();

        HttpResponse<String> fourExcluded = api.save(id, version, Json.createObjectBuilder(content)
                .add("exclusions", Json.createArrayBuilder().add(exclusion).add(exclusion).add(exclusion)
                        .add(Json.createObjectBuilder().add("name", "Lin Yu"))).build());
        assertEquals(400, fourExcluded.statusCode(), fourExcluded.body());
        assertTrue(fourExcluded.body().contains("\"field\":\"exclusions\"")
                && fourExcluded.body().contains("At most 3 reviewers can be excluded.")
                && fourExcluded.body().contains("\"field\":\"exclusions.3.reason\""), fourExcluded.body());
        assertEquals(1, object(api.get(id)).getJsonArray("exclusions").size(), "a refused save changes nothing");

        HttpResponse<String> garbled = api.save(id, version, Json.createObjectBuilder(content)
                .add("startDate", "next spring")
                .add("budget", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "PERSONNEL")
                        .add("projectYear", 1).add("description", "x").add("amount", "12a")))
                .add("titles", Json.createObjectBuilder().add("zh-TW", "改了").add("en", "changed")).build());
        assertEquals(400, garbled.statusCode(), garbled.body());
        assertTrue(garbled.body().contains("\"field\":\"startDate\"") && garbled.body().contains("\"field\":\"budget.0.amount\""),
                "each unreadable field is named: " + garbled.body());
        assertTrue(garbled.body().contains("Enter a date as YYYY-MM-DD"), "in the reader's language: " + garbled.body());
        assertEquals("Hakka corpus <script>alert(1)</script>",
                object(api.get(id)).getJsonObject("titles").getString("en"), "a refused save changes nothing");

        // a choice is the list of the chosen options' positions; one the question does not offer is refused
        assertEquals(Json.createArrayBuilder().add(0).build(),
                object(api.get(id)).getJsonObject("answers").get(Long.toString(SINGLE_CHOICE_QUESTION)));
        HttpResponse<String> forged = api.save(id, version, Json.createObjectBuilder(content)
                .add("answers", Json.createObjectBuilder(content.getJsonObject("answers"))
                        .add(Long.toString(SINGLE_CHOICE_QUESTION), Json.createArrayBuilder().add(7)))
                .add("titles", Json.createObjectBuilder().add("zh-TW", "改了").add("en", "changed")).build());
        assertEquals(400, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("\"field\":\"answers." + SINGLE_CHOICE_QUESTION + "\"")
                && forged.body().contains("is not one of this question's options"), forged.body());
        assertEquals("Hakka corpus <script>alert(1)</script>",
                object(api.get(id)).getJsonObject("titles").getString("en"), "a refused choice changes nothing");

        HttpResponse<String> notPdf = api.attach(id, "PROJECT_PLAN", "plan.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notPdf.statusCode());
        assertTrue(notPdf.body().contains("not a PDF"), notPdf.body());
        assertTrue(object(api.get(id)).getJsonArray("attachments").isEmpty(), "a refused upload leaves nothing");

        for (String type : ApplicantApi.requiredAttachments(call)) {
            byte[] pdf = ApplicantApi.pdf(type + id, 4096);
            HttpResponse<String> attached = api.attach(id, type, "../計畫書\u0007" + type + ".pdf", pdf);
            assertEquals(201, attached.statusCode(), attached.body());
            assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)),
                    object(attached).getString("sha256"));
            assertFalse(object(attached).getString("name").contains("/"), "no path in a stored name");
        }
        JsonObject complete = object(api.get(id));
        assertTrue(complete.getJsonArray("missing").isEmpty(), "nothing missing: " + complete.getJsonArray("missing"));

        assertEquals(409, api.submit(id, version - 1).statusCode(), "a stale version is refused");
        HttpResponse<String> submitted = api.submit(id, version);
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject receipt = object(submitted);
        assertEquals("OD-" + OPEN_CALL + "-" + id + "-1", receipt.getString("receipt"));
        assertTrue(receipt.getString("submittedAtTaipei").endsWith("+08:00"), receipt.toString());
        assertEquals(409, api.submit(id, version).statusCode(), "the same version again gives no second submission");

        var versions = array(api.versions(id));
        assertEquals(1, versions.size());
        assertEquals(receipt.getString("receipt"), versions.getJsonObject(0).getString("receipt"));
        assertEquals(64, versions.getJsonObject(0).getString("sha256").length());
        HttpResponse<String> pdfReceipt = client.get(submitted.headers().firstValue("Location").orElseThrow());
        assertEquals(200, pdfReceipt.statusCode(), "the receipt named in Location downloads");
        assertTrue(pdfReceipt.body().startsWith("%PDF-"));
        assertEquals("SUBMITTED", object(api.get(id)).getString("status"));

        HttpResponse<String> withdrawn = api.withdraw(id, object(api.get(id)).getJsonNumber("version").longValue());
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        HttpResponse<String> again = api.submit(id, object(withdrawn).getJsonNumber("version").longValue());
        assertEquals(409, again.statusCode(), "the workflow refuses, it is no fault: " + again.body());
        JsonObject problem = object(again);
        assertEquals("forbidden_transition", problem.getString("code"));
        assertEquals(409, problem.getInt("status"));
        assertEquals("\"Submit a new version\" is not possible while the status is \"Withdrawn\"; nothing was changed.",
                problem.getString("message"), "the state and the action, in the reader's language");
        assertEquals(409, api.withdraw(id, object(withdrawn).getJsonNumber("version").longValue()).statusCode(),
                "nor is it withdrawn twice");
        assertEquals(1, array(api.versions(id)).size(), "and no version was added");
    }

    @Test
    void otherApplicantsOtherRolesAndAnonymousCallersAreRefused() throws Exception {
        WebClient owner = new WebClient("en");
        owner.login("applicant", "demo", "/applicant/");
        ApplicantApi ownerApi = new ApplicantApi(owner, RunningStack.appUrl());
        long organisation = object(ownerApi.foundOrganisation("拒絕測試", "Refusal test")).getJsonNumber("id").longValue();
        JsonObject draft = object(ownerApi.start(OPEN_CALL, organisation));
        long id = draft.getJsonNumber("id").longValue();
        long version = draft.getJsonNumber("version").longValue();

        WebClient stranger = new WebClient("en");
        stranger.login("applicant2", "demo", "/applicant/");
        ApplicantApi strangerApi = new ApplicantApi(stranger, RunningStack.appUrl());
        assertEquals(403, strangerApi.get(id).statusCode(), "another applicant cannot read it by changing the id");
        assertEquals(403, strangerApi.save(id, version, ApplicantApi.completeContent(
                object(strangerApi.call(OPEN_CALL)), "taken over")).statusCode());
        assertEquals(403, strangerApi.attach(id, "PROJECT_PLAN", "x.pdf", ApplicantApi.pdf("x", 512)).statusCode());
        assertEquals(403, strangerApi.submit(id, version).statusCode());
        assertEquals(403, strangerApi.start(OPEN_CALL, organisation).statusCode(), "nor apply for that organisation");
        assertEquals(404, strangerApi.get(987_654_321).statusCode());

        WebClient officer = new WebClient("en");
        officer.login("officer.moc", "demo", "/officer/");
        assertEquals(403, new ApplicantApi(officer, RunningStack.appUrl()).get(id).statusCode(),
                "officers are not applicants: refused by role");

        HttpResponse<String> anonymous = WebClient.noRedirects().send(HttpRequest.newBuilder(
                URI.create(RunningStack.appUrl() + "/api/v1/applications/" + id)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "anonymous callers are told to log in, not redirected");
        assertTrue(anonymous.body().contains("Please log in first."), anonymous.body());
        HttpResponse<String> officerStarts = new ApplicantApi(officer, RunningStack.appUrl()).start(OPEN_CALL, organisation);
        assertEquals(403, officerStarts.statusCode());
        assertTrue(officerStarts.body().contains("Only applicants may do this."), officerStarts.body());

        assertEquals("DRAFT", object(ownerApi.get(id)).getString("status"), "and the owner's draft is untouched");
        assertEquals(200, ownerApi.withdraw(id, version).statusCode());
        assertEquals("WITHDRAWN", object(ownerApi.get(id)).getString("status"));
    }

    @Test
    void theApplicantApiIsDocumentedInTheOpenApiDocument() throws Exception {
        String openApi = new WebClient().get(RunningStack.appUrl() + "/openapi").body();
        assertTrue(openApi.contains("/api/v1/applications/{id}/submissions") || openApi.contains("/applications/{id}/submissions"),
                "submissions documented");
        assertTrue(openApi.contains("/organisations"), "organisations documented");
        assertTrue(openApi.contains("chosen options' positions"), "how a choice is answered is documented");
    }
}
