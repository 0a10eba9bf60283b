package org.opendividend.applications;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import org.opendividend.stack.WebClient;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One applicant using the applications API over HTTP with their own logged-in {@link WebClient}: what the API tests
 * and the deadline-rush benchmark do, written once. Each call answers the raw response, so callers assert statuses.
 */
public final class ApplicantApi {

    private final WebClient client;
    private final String api;

    public ApplicantApi(WebClient client, String appUrl) {
        this.client = client;
        this.api = appUrl + "/api/v1";
    }

    public HttpResponse<String> call(long id) throws IOException, InterruptedException {
        return client.get(api + "/calls/" + id);
    }

    public HttpResponse<String> foundOrganisation(String nameZhTw, String nameEn) throws IOException, InterruptedException {
        return client.postJson(api + "/organisations", Json.createObjectBuilder()
                .add("names", Json.createObjectBuilder().add("zh-TW", nameZhTw).add("en", nameEn))
                .add("type", "UNIVERSITY").add("businessNumber", "04595257").add("address", "臺北市大安區")
                .build().toString());
    }

    public HttpResponse<String> start(long call, long organisation) throws IOException, InterruptedException {
        return client.postJson(api + "/applications", Json.createObjectBuilder().add("call", call)
                .add("organisation", organisation).build().toString());
    }

    public HttpResponse<String> get(long application) throws IOException, InterruptedException {
        return client.get(api + "/applications/" + application);
    }

    public HttpResponse<String> save(long application, long version, JsonObject content) throws IOException, InterruptedException {
        return client.sendJson("PUT", api + "/applications/" + application,
                Json.createObjectBuilder(content).add("version", version).build().toString());
    }

    public HttpResponse<String> attach(long application, String type, String name, byte[] pdf)
            throws IOException, InterruptedException {
        return client.putBytes(api + "/applications/" + application + "/attachments/" + type + "?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), "application/pdf", pdf);
    }

    public HttpResponse<String> submit(long application, long version) throws IOException, InterruptedException {
        return client.postJson(api + "/applications/" + application + "/submissions",
                Json.createObjectBuilder().add("version", version).build().toString());
    }

    public HttpResponse<String> versions(long application) throws IOException, InterruptedException {
        return client.get(api + "/applications/" + application + "/submissions");
    }

    public HttpResponse<String> withdraw(long application, long version) throws IOException, InterruptedException {
        return client.postJson(api + "/applications/" + application + "/withdrawal",
                Json.createObjectBuilder().add("version", version).build().toString());
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response);
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response);
    }

    private static JsonStructure parse(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        } catch (RuntimeException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + " from " + response.uri() + "): "
                    + response.body(), e);
        }
    }

    /**
     * A complete working copy for the call as its public JSON describes it: every question answered (a choice by its
     * first option), a budget of
     * the minimum grant, one dataset under the first licence the call allows, consent of the communities described.
     */
    public static JsonObject completeContent(JsonObject call, String titleEn) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (JsonObject q : call.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            String id = q.get("id").toString();
            if (q.getString("type").endsWith("_CHOICE")) {
                answers.add(id, Json.createArrayBuilder().add(0)); // the first option, by its position
            } else {
                answers.add(id, "我們的回答。");
            }
        }
        String licence = call.getJsonObject("licencePolicy").getJsonArray("DATASET").getString(0);
        JsonArrayBuilder budget = Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "PERSONNEL")
                .add("projectYear", 1).add("description", "研究助理").add("amount", call.getJsonNumber("minGrant")));
        return Json.createObjectBuilder()
                .add("titles", Json.createObjectBuilder().add("zh-TW", "客語語料 " + titleEn).add("en", titleEn))
                .add("abstract", "建置開放的客語語料。")
                .add("startDate", "2027-07-01")
                .add("durationMonths", Math.min(12, call.getInt("maxDurationMonths")))
                .add("team", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "林雅琪")
                        .add("orcid", "0000-0002-1825-0097").add("affiliation", "國立大學").add("principal", true)))
                .add("answers", answers)
                .add("budget", budget)
                .add("outputs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "DATASET")
                        .add("title", "Corpus").add("description", "").add("licence", licence)
                        .add("plannedRelease", "2028-06-30").add("registry", "https://huggingface.co/datasets/example")
                        .add("languages", "hak")))
                .add("ethics", Json.createObjectBuilder().add("personalData", false).add("personalDataMeasures", "")
                        .add("communityConsent", "部落會議事前知情同意").add("trainingDataRights", "自行錄製，授權清楚"))
                .build();
    }

    /**
     * What a prepared applicant has done before a rush: founded an organisation, started an application for the
     * call, completed every section and attached every required PDF except {@code leftOut}.
     *
     * @return the application's id
     */
    public long prepareApplication(JsonObject call, int number, String titleEn, String leftOut)
            throws IOException, InterruptedException {
        long organisation = object(expect(201, foundOrganisation("研究室 " + number, "Lab " + number), "organisation"))
                .getJsonNumber("id").longValue();
        JsonObject draft = object(expect(201, start(call.getJsonNumber("id").longValue(), organisation), "start"));
        long id = draft.getJsonNumber("id").longValue();
        expect(200, save(id, draft.getJsonNumber("version").longValue(), completeContent(call, titleEn)), "save");
        for (String type : requiredAttachments(call)) {
            if (!type.equals(leftOut)) {
                expect(201, attach(id, type, type + ".pdf", pdf(titleEn + type, 2048)), "attach " + type);
            }
        }
        return id;
    }

    /** The response if it has the status, else an error naming what was tried and what came back. */
    public static HttpResponse<String> expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": expected " + status + " but got " + response.statusCode() + " from "
                    + response.uri() + ": " + response.body());
        }
        return response;
    }

    /** The codes of the attachments the call requires. */
    public static String[] requiredAttachments(JsonObject call) {
        return call.getJsonArray("requiredAttachments").stream()
                .map(a -> ((JsonObject) a).getString("code")).toArray(String[]::new);
    }

    /** A small valid PDF whose bytes are unique to {@code marker}, padded with a comment to {@code size} bytes. */
    public static byte[] pdf(String marker, int size) {
        String head = "%PDF-1.4\n% " + marker + "\n";
        String tail = "\ntrailer\n<<>>\n%%EOF\n";
        int padding = Math.max(0, size - head.length() - tail.length());
        StringBuilder body = new StringBuilder(size).append(head).append('%');
        body.append("x".repeat(Math.max(0, padding - 1)));
        return body.append(tail).toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
