package org.opendividend.calls.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calls as open data against the running application: the JSON API and the Atom feed list the published demo
 * calls and never the draft, the licence knowledge base answers, the OpenAPI document describes the API, and
 * writing through the API is for officers of the lead ministry only.
 */
@ExtendWith(RunningStack.class)
class PublicCallsApiIT {

    private static final long DRAFT = 1004;

    @Test
    void theApiListsPublishedCallsWithTheirPolicyAndHidesDrafts() throws Exception {
        HttpResponse<String> response = new WebClient("en").get(RunningStack.appUrl() + "/api/v1/calls");
        assertEquals(200, response.statusCode());
        JsonArray calls = Json.createReader(new StringReader(response.body())).readArray();
        List<Long> ids = calls.getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.containsAll(List.of(1001L, 1002L, 1003L)), "the published demo calls: " + ids);
        assertFalse(ids.contains(DRAFT), "never the draft");
        JsonObject first = calls.getJsonObject(0);
        for (String field : List.of("titles", "leadMinistry", "coFunders", "budget", "opensAt", "closesAt",
                "targetLanguages", "criteria", "licencePolicy")) {
            assertTrue(first.containsKey(field), field + " in " + first.keySet());
        }
        assertEquals(JsonValue.ValueType.ARRAY, first.getJsonObject("licencePolicy").get("DATASET").getValueType());

        assertEquals(404, new WebClient().get(RunningStack.appUrl() + "/api/v1/calls/" + DRAFT).statusCode());
        assertEquals(404, new WebClient().get(RunningStack.appUrl() + "/calls/call.xhtml?id=" + DRAFT).statusCode());
        HttpResponse<String> badFilter = new WebClient("en").get(RunningStack.appUrl() + "/api/v1/calls?status=NOPE");
        assertEquals(400, badFilter.statusCode());
    }

    @Test
    void theFeedIsWellFormedAtomWithTheCalls() throws Exception {
        HttpResponse<String> feed = new WebClient().get(RunningStack.appUrl() + "/api/v1/calls/feed");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getTagName() : document.getDocumentElement().getLocalName());
        assertTrue(document.getElementsByTagName("entry").getLength() >= 3);
        assertFalse(feed.body().contains("call.xhtml?id=" + DRAFT), "no draft in the feed");
    }

    @Test
    void theLicenceKnowledgeBaseClassifiesRegistryIds() throws Exception {
        JsonObject open = json(new WebClient("en").get(RunningStack.appUrl() + "/api/v1/licences/apache-2.0"), 200);
        assertTrue(open.getBoolean("open"));
        assertEquals("Apache-2.0", open.getString("id"));
        JsonObject closed = json(new WebClient("en").get(RunningStack.appUrl() + "/api/v1/licences/cc-by-nc-4.0"), 200);
        assertFalse(closed.getBoolean("open"));
        assertFalse(closed.getJsonArray("reasons").isEmpty(), "says why not");
        json(new WebClient("en").get(RunningStack.appUrl() + "/api/v1/licences/no-such-licence"), 404);
    }

    @Test
    void theOpenApiDocumentDescribesTheCallsApi() throws Exception {
        HttpResponse<String> openapi = new WebClient().get(RunningStack.appUrl() + "/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/calls"), "the calls API is documented");
        assertTrue(openapi.body().contains("/api/v1/licences/{id}"), "the licence API is documented");
    }

    @Test
    void writingThroughTheApiIsForOfficersOfTheLeadMinistry() throws Exception {
        String draftForMoc = "{\"leadMinistry\":\"moc\"}";
        HttpResponse<String> anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(post("/api/v1/calls", draftForMoc), HttpResponse.BodyHandlers.ofString());
        // a client is told 401 with a problem it can read, never sent to a login page (issue #8, item 21)
        assertEquals(401, anonymous.statusCode(), "anonymous: " + anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(anonymous.body().contains("\"status\":401"), anonymous.body());

        WebClient applicant = new WebClient("en");
        applicant.login("applicant", "demo", "/session/login");
        assertEquals(403, applicant.postJson(RunningStack.appUrl() + "/api/v1/calls", draftForMoc).statusCode(),
                "an applicant is refused by the server");

        WebClient officerOfNstc = new WebClient("en");
        officerOfNstc.login("officer.nstc", "demo", "/session/login");
        HttpResponse<String> otherMinistry = officerOfNstc.postJson(RunningStack.appUrl() + "/api/v1/calls", draftForMoc);
        assertEquals(403, otherMinistry.statusCode(), "an officer of another ministry is refused");
        assertTrue(otherMinistry.body().contains("forbidden"), otherMinistry.body());

        WebClient officerOfMoc = new WebClient("en");
        officerOfMoc.login("officer.moc", "demo", "/session/login");
        HttpResponse<String> created = officerOfMoc.postJson(RunningStack.appUrl() + "/api/v1/calls", draftForMoc);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = Json.createReader(new StringReader(created.body())).readObject();
        assertEquals("DRAFT", draft.getString("status"));
        String editor = created.headers().firstValue("Location").orElseThrow();
        assertEquals(200, officerOfMoc.get(editor).statusCode(), "the editor opens the new draft");
        assertEquals(404, new WebClient().get(RunningStack.appUrl() + "/api/v1/calls/" + draft.getJsonNumber("id")).statusCode(),
                "the new draft is not public");
    }

    private static HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(RunningStack.appUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
