package org.opendividend.registry.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.registry.GrantPackageSchema;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
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
 * the 360Giving package (valid against the standard's schemas) are served, outputs show outputs' real states with the
 * MOF class of models, the Atom feed lists only verified outputs, newest first, with stable ids, and the pages need no
 * login.
 */
@ExtendWith(RunningStack.class)
class RegistryApiIT {

    private static final String API = "/api/v1/registry/projects";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static List<String> numbers(String query) throws Exception {
        // the demo has fewer projects than the largest page
        String paged = query + (query.isEmpty() ? "?" : "&") + "size=100";
        HttpResponse<String> answer = new WebClient("en").get(RunningStack.appUrl() + API + paged);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject page = Json.createReader(new StringReader(answer.body())).readObject();
        assertTrue(page.getInt("total") <= 100, "one page holds them all");
        return projects(answer.body()).stream().map(p -> p.getString("number")).toList();
    }

    private static List<JsonObject> projects(String page) {
        return Json.createReader(new StringReader(page)).readObject().getJsonArray("projects")
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject object(String url) throws Exception {
        HttpResponse<String> answer = new WebClient("en").get(url);
        assertEquals(200, answer.statusCode(), url + ": " + answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    @Test
    void anonymousCallersSeeThePublicProjectsAndNeverAnotherAward() throws Exception {
        HttpResponse<String> answer = new WebClient("en").get(RunningStack.appUrl() + API + "?size=100");
        assertEquals(200, answer.statusCode());
        List<String> all = numbers("");
        assertTrue(all.containsAll(List.of("1008-1", "1009-1", "1009-2")), all.toString());
        assertFalse(all.contains("1009-3"), "a declined award is not public");
        for (String secret : List.of("1009-3", "示範用的婉拒理由", "must never be public", "陳怡君", "@", "00000000-0000")) {
            assertFalse(answer.body().contains(secret), "leaked: " + secret);
        }
        JsonObject amis = projects(answer.body()).stream().filter(p -> p.getString("number").equals("1009-1")).findFirst().orElseThrow();
        assertEquals(1_500_000, amis.getJsonNumber("amountAwarded").longValue());
        assertEquals(600_000, amis.getJsonNumber("amountDisbursed").longValue());
        assertEquals(3, amis.getJsonArray("outputs").size());
        List<JsonObject> outputs = amis.getJsonArray("outputs").getValuesAs(JsonObject.class);
        assertEquals(List.of("VERIFIED", "VERIFIED", "CHECKED"), outputs.stream().map(o -> o.getString("state")).toList());
        JsonObject model = outputs.get(1);
        assertEquals("MODEL_WEIGHTS", model.getString("type"));
        assertEquals(3, model.getInt("mofClass"), "the recogniser's components reach class III");
        assertEquals(0, model.getInt("requiredMofClass"));
        assertEquals("Apache-2.0", model.getString("licence"));
        assertEquals("https://huggingface.co/demo/od-3401-asr", model.getString("link"));
        assertTrue(model.getString("verifiedAt").endsWith("Z"), model.toString());
        assertTrue(outputs.get(0).isNull("mofClass"), "a dataset has no MOF class");
        assertTrue(outputs.get(2).isNull("verifiedAt"), "a checked output is not verified");
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
        List<String> evaluations = numbers("?outputType=EVALUATION&licence=CC-BY-4.0&state=VERIFIED");
        assertTrue(evaluations.contains("1009-2") && !evaluations.contains("1009-1"), evaluations.toString());
        assertEquals(List.of("1009-2"), numbers("?state=PLANNED").stream().filter(n -> n.startsWith("1009-")).toList(),
                "1009-2's guide is planned, every output of 1009-1 registered");
        assertEquals(List.of("1009-1", "1009-2"), numbers("?state=VERIFIED").stream()
                .filter(n -> n.startsWith("1009-")).toList());
        assertEquals(List.of("1009-1"), numbers("?state=CHECKED&outputType=CODE").stream()
                .filter(n -> n.startsWith("1009-")).toList());
        assertEquals(List.of(), numbers("?state=VERIFIED&outputType=DOCUMENTATION").stream()
                .filter(n -> n.startsWith("1009-")).toList(), "the planned guide is not verified");
        assertTrue(numbers("?state=NON_COMPLIANT").contains("1008-1"), "1008-1's model is not compliant");
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
    void theListComesAPageAtATimeWithItsTotalAndLinksThatKeepTheFilters() throws Exception {
        JsonObject whole = object(RunningStack.appUrl() + API + "?size=100");
        int total = whole.getInt("total");
        assertTrue(total >= 3, "the demo's public projects: " + total);
        JsonObject byDefault = object(RunningStack.appUrl() + API);
        assertEquals(20, byDefault.getInt("size"), "twenty a page unless asked");
        assertEquals(1, byDefault.getInt("page"));
        assertEquals(total, byDefault.getInt("total"));

        HttpResponse<String> firstAnswer = new WebClient("en").get(RunningStack.appUrl() + API + "?size=1");
        JsonObject first = Json.createReader(new StringReader(firstAnswer.body())).readObject();
        assertEquals(1, first.getJsonArray("projects").size());
        assertEquals(total, first.getInt("total"));
        assertEquals(total, first.getInt("pages"));
        assertFalse(first.getJsonObject("links").containsKey("prev"), "no page before the first");
        String next = first.getJsonObject("links").getString("next");
        assertTrue(next.contains("page=2") && next.contains("size=1"), next);
        assertTrue(firstAnswer.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"next\"")),
                firstAnswer.headers().allValues("Link").toString());
        JsonObject second = object(next);
        assertEquals(2, second.getInt("page"));
        List<String> walked = new java.util.ArrayList<>();
        JsonObject at = first;
        while (true) {
            at.getJsonArray("projects").getValuesAs(JsonObject.class).forEach(p -> walked.add(p.getString("number")));
            if (!at.getJsonObject("links").containsKey("next")) {
                break;
            }
            at = object(at.getJsonObject("links").getString("next"));
        }
        assertEquals(numbers(""), walked, "following next visits every project once, in the same order");

        JsonObject hakka = object(RunningStack.appUrl() + API + "?language=hak&size=1");
        assertTrue(hakka.getJsonObject("links").getString("next").contains("language=hak"), "the filter is kept");
        JsonObject beyond = object(RunningStack.appUrl() + API + "?page=999");
        assertEquals(0, beyond.getJsonArray("projects").size(), "past the last page: empty, not an error");
        assertEquals(total, beyond.getInt("total"));

        for (String bad : List.of("page=0", "page=-1", "page=x", "page=1.5", "page=99999999999", "size=0", "size=101",
                "size=-3", "size=ten")) {
            HttpResponse<String> answer = new WebClient("zh-TW").get(RunningStack.appUrl() + API + "?" + bad);
            assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
            assertEquals(bad.substring(0, bad.indexOf('=')), Json.createReader(new StringReader(answer.body()))
                    .readObject().getString("parameter"), answer.body());
            assertTrue(answer.body().contains("整數"), "translated: " + answer.body());
        }
    }

    @Test
    void csvAnd360GivingAreServedAndThePackageIsValid() throws Exception {
        HttpResponse<String> csv = new WebClient().get(RunningStack.appUrl() + API + ".csv?language=hak");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("mofClasses"), "the MOF classes have a column");
        String amisRow = new WebClient().get(RunningStack.appUrl() + API + ".csv?ministry=moda").body().lines()
                .filter(l -> l.startsWith("1009-1,")).findFirst().orElseThrow();
        assertTrue(amisRow.contains(",VERIFIED CHECKED,III,"), amisRow);
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
    void theFeedListsOnlyVerifiedOutputsNewestFirstWithStableIds() throws Exception {
        HttpResponse<String> first = new WebClient().get(RunningStack.appUrl() + "/api/v1/registry/outputs.atom");
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        List<Element> entries = entries(first.body());
        List<String> ids = entries.stream().map(e -> text(e, "id")).toList();
        List<String> order = entries.stream().map(e -> text(e, "id").replaceAll(".*/outputs/([^/]+/\\d+)/.*", "$1"))
                .toList();
        // exactly the outputs the JSON API shows verified (another test of the stack may verify one more of 1008-1)
        java.util.Set<String> verified = new java.util.TreeSet<>();
        for (JsonObject p : projects(new WebClient().get(RunningStack.appUrl() + API + "?size=100").body())) {
            List<JsonObject> outputs = p.getJsonArray("outputs").getValuesAs(JsonObject.class);
            for (int i = 0; i < outputs.size(); i++) {
                if (outputs.get(i).getString("state").equals("VERIFIED")) {
                    verified.add(p.getString("number") + "/" + i);
                }
            }
        }
        assertEquals(verified, new java.util.TreeSet<>(order), "only and every verified output");
        assertEquals(List.of("1009-1/1", "1008-1/1", "1009-1/0", "1009-2/0"), order.stream()
                .filter(List.of("1009-1/1", "1008-1/1", "1009-1/0", "1009-2/0")::contains).toList(),
                "the demo's verified outputs, newest verification first");
        List<String> updated = entries.stream().map(e -> text(e, "updated")).toList();
        assertTrue(updated.stream().allMatch(u -> u.endsWith("Z")), "UTC: " + updated);
        assertEquals(updated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), updated, "newest first");
        Element recogniser = entries.get(order.indexOf("1009-1/1"));
        assertTrue(ids.stream().allMatch(id -> id.startsWith("tag:")), ids.toString());
        assertTrue(text(recogniser, "summary").contains("Apache-2.0")
                && text(recogniser, "summary").contains("https://huggingface.co/demo/od-3401-asr"), text(recogniser, "summary"));
        for (String notVerified : List.of("od-3401-tools", "od-hakka-speller-model", "od-3402-guide")) {
            assertFalse(first.body().contains(notVerified), "not verified, not in the feed: " + notVerified);
        }
        List<String> again = entries(new WebClient().get(RunningStack.appUrl() + "/api/v1/registry/outputs.atom")
                .body()).stream().map(e -> text(e, "id")).toList();
        assertEquals(ids, again, "ids are stable across fetches");
    }

    private static List<Element> entries(String atom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(atom))).getDocumentElement();
        assertEquals("feed", feed.getLocalName(), "well-formed Atom");
        NodeList found = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> all = new java.util.ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            all.add((Element) found.item(i));
        }
        return all;
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
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
        assertTrue(openapi.contains("Projects per page, 1 to 100"), "the page's size documented");
        assertTrue(openapi.contains("/api/v1/registry/360giving.json"), "documented");
        assertTrue(openapi.contains("/api/v1/registry/outputs.atom"), "documented");
        assertTrue(new WebClient().get(RunningStack.appUrl() + "/registry/").body().contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\""), "the registry links its feed");
    }
}
