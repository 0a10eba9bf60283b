package org.opendividend.registry.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.registry.GrantPackageSchema;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry's open data against the running application and its demo data, as an anonymous caller: the accepted
 * awards (1008-1, 1009-1, 1009-2) appear with their money and outputs, the declined 1009-3 never (not even its
 * reason), filters narrow on the server, bad parameters are 400 (never 500), anything not public is 404, the CSV and
 * the 360Giving package (valid against the standard's schemas) are served, and the pages need no login.
 */
@ExtendWith(RunningStack.class)
class RegistryApiIT {

    private static final String API = "/api/v1/registry/projects";

    private static List<String> numbers(String query) throws Exception {
        HttpResponse<String> answer = new WebClient("en").get(RunningStack.appUrl() + API + query);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray projects = Json.createReader(new StringReader(answer.body())).readArray();
        return projects.getValuesAs(JsonObject.class).stream().map(p -> p.getString("number")).toList();
    }

    @Test
    void anonymousCallersSeeThePublicProjectsAndNeverAnotherAward() throws Exception {
        HttpResponse<String> answer = new WebClient("en").get(RunningStack.appUrl() + API);
        assertEquals(200, answer.statusCode());
        List<String> all = numbers("");
        assertTrue(all.containsAll(List.of("1008-1", "1009-1", "1009-2")), all.toString());
        assertFalse(all.contains("1009-3"), "a declined award is not public");
        for (String secret : List.of("1009-3", "示範用的婉拒理由", "must never be public", "陳怡君", "@", "00000000-0000")) {
            assertFalse(answer.body().contains(secret), "leaked: " + secret);
        }
        JsonObject amis = Json.createReader(new StringReader(answer.body())).readArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("number").equals("1009-1")).findFirst().orElseThrow();
        assertEquals(1_500_000, amis.getJsonNumber("amountAwarded").longValue());
        assertEquals(600_000, amis.getJsonNumber("amountDisbursed").longValue());
        assertEquals(3, amis.getJsonArray("outputs").size());
        assertEquals("PLANNED", amis.getJsonArray("outputs").getJsonObject(0).getString("state"));
        assertEquals(List.of("moc", "moda"), amis.getJsonArray("ministries").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("code")).toList());
    }

    @Test
    void filtersNarrowOnTheServerAndLanguagesAreFoundByName() throws Exception {
        for (String hakka : List.of("hak", "Hakka", URLEncoder.encode("客語", StandardCharsets.UTF_8))) {
            List<String> found = numbers("?language=" + hakka);
            assertTrue(found.containsAll(List.of("1008-1", "1009-2")), hakka + ": " + found);
            assertFalse(found.contains("1009-1"), hakka + ": " + found);
        }
        assertTrue(numbers("?language=" + URLEncoder.encode("阿美語", StandardCharsets.UTF_8)).contains("1009-1"));
        List<String> moda = numbers("?ministry=moda");
        assertTrue(moda.contains("1009-1") && !moda.contains("1008-1") && !moda.contains("1009-2"), moda.toString());
        List<String> evaluations = numbers("?outputType=EVALUATION&licence=CC-BY-4.0&state=PLANNED");
        assertTrue(evaluations.contains("1009-2") && !evaluations.contains("1009-1"), evaluations.toString());
        assertEquals(List.of(), numbers("?state=VERIFIED").stream().filter(n -> n.startsWith("1009-")).toList());
    }

    @Test
    void badParametersAre400AndNotPublicProjects404() throws Exception {
        for (String bad : List.of("language=Klingon", "outputType=SPACESHIP", "state=DONE", "facet=FUN",
                "ministry=%3Cscript%3E", "licence=" + "x".repeat(300), "language=%00")) {
            HttpResponse<String> answer = new WebClient("en").get(RunningStack.appUrl() + API + "?" + bad);
            assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
            assertTrue(answer.body().contains("\"parameter\""), answer.body());
            assertEquals(400, new WebClient("zh-TW").get(RunningStack.appUrl() + API + ".csv?" + bad).statusCode());
        }
        for (String id : List.of("1009-3", "9003", "0", "no-such", "1009-1'--", "99999999999999999999")) {
            assertEquals(404, new WebClient().get(RunningStack.appUrl() + API + "/"
                    + URLEncoder.encode(id, StandardCharsets.UTF_8)).statusCode(), id);
            assertEquals(404, new WebClient().get(RunningStack.appUrl() + "/registry/project.xhtml?id="
                    + URLEncoder.encode(id, StandardCharsets.UTF_8)).statusCode(), id);
        }
        JsonObject byId = Json.createReader(new StringReader(new WebClient().get(RunningStack.appUrl() + API + "/9001")
                .body())).readObject();
        assertEquals("1009-1", byId.getString("number"));
    }

    @Test
    void csvAnd360GivingAreServedAndThePackageIsValid() throws Exception {
        HttpResponse<String> csv = new WebClient().get(RunningStack.appUrl() + API + ".csv?language=hak");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("1009-2") && !csv.body().contains("1009-1,"), csv.body());

        HttpResponse<String> grants = new WebClient().get(RunningStack.appUrl() + "/api/v1/registry/360giving.json");
        assertEquals(200, grants.statusCode());
        assertEquals(Set.of(), GrantPackageSchema.problems(grants.body()));
        List<String> ids = Json.createReader(new StringReader(grants.body())).readObject().getJsonArray("grants")
                .getValuesAs(JsonObject.class).stream().map(g -> g.getString("id")).toList();
        assertTrue(ids.containsAll(List.of("360G-opendividend-1008-1", "360G-opendividend-1009-1")), ids.toString());
        assertFalse(ids.contains("360G-opendividend-1009-3"));
    }

    @Test
    void thePagesNeedNoLoginAndTheApiIsDocumented() throws Exception {
        HttpResponse<String> page = WebClient.noRedirects().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(RunningStack.appUrl() + "/registry/?language=Klingon")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "no login asked");
        assertTrue(page.body().contains("registry-ignored"), "the unreadable filter is named");
        assertEquals(200, new WebClient().get(RunningStack.appUrl() + "/registry/project.xhtml?id=1009-1").statusCode());
        String openapi = new WebClient().get(RunningStack.appUrl() + "/openapi").body();
        assertTrue(openapi.contains("/api/v1/registry/projects"), "documented");
        assertTrue(openapi.contains("/api/v1/registry/360giving.json"), "documented");
    }
}
