package org.opendividend.registry.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.platform.Jsons;
import org.opendividend.registry.RegistryFixtures;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry's read model: projects in the order of their award ids, found by id or number, a change replacing only
 * the awards read again (and removing those no longer public), filters remembered, and each project's JSON written
 * once yet with the caller's root address.
 */
class PublishedProjectsTest {

    private static final ProjectJson.Names NAMES = new ProjectJson.Names() {
        public String[] ministry(String code) {
            return new String[] {code + "-zh", code + "-en"};
        }

        public String[] language(String code) {
            return new String[] {code, code};
        }
    };

    private static PublishedProjects.Entry entry(RegistryProject p) {
        return new PublishedProjects.Entry(p, ProjectJson.text(p, NAMES));
    }

    @Test
    void projectsAreInTheOrderOfTheirAwardIdsAndFoundByIdOrNumber() {
        PublishedProjects model = PublishedProjects.of(List.of(entry(RegistryFixtures.hakkaAtayal()),
                entry(RegistryFixtures.amis())));
        assertEquals(List.of("1009-1", "1009-2"), numbers(model.matching(ProjectFilter.NONE)));
        assertEquals("1009-2", model.find("9002").orElseThrow().project().number());
        assertEquals("1009-1", model.find(" 1009-1 ").orElseThrow().project().number());
        for (String unknown : List.of("9003", "1009-3", "", "x".repeat(41), "99999999999999999999", "9001'--")) {
            assertTrue(model.find(unknown).isEmpty(), unknown);
        }
        assertTrue(model.find(null).isEmpty());
        assertEquals(Set.of(9001L, 9002L), model.ofCall(1009));
        assertEquals(Set.of(9002L), model.ofOrganisation(2402));
        assertEquals(Set.of(), model.ofCall(1008));
    }

    @Test
    void aChangeReplacesTheAwardsReadAgainAndRemovesThoseNoLongerPublic() {
        PublishedProjects before = PublishedProjects.of(List.of(entry(RegistryFixtures.amis()),
                entry(RegistryFixtures.hakkaAtayal())));
        PublishedProjects.Entry kept = before.find("9002").orElseThrow();
        // 9001 read again and found (say, a payment), 9003 read again and not public: nothing to remove, nothing added
        PublishedProjects.Entry amisAgain = entry(RegistryFixtures.amis());
        PublishedProjects after = before.with(List.of(amisAgain), Set.of(9001L, 9003L));
        assertSame(amisAgain, after.find("9001").orElseThrow(), "the award read again is the new one");
        assertSame(kept, after.find("9002").orElseThrow(), "an award not read again is kept as it was");
        assertEquals(2, after.size());
        PublishedProjects withdrawn = after.with(List.of(), Set.of(9002L));
        assertEquals(List.of("1009-1"), numbers(withdrawn.matching(ProjectFilter.NONE)), "no longer public: gone");
        assertTrue(withdrawn.find("1009-2").isEmpty());
        assertEquals(2, before.size(), "the earlier read model is unchanged (readers holding it see no half change)");
    }

    @Test
    void filtersSelectOnTheServerAndTheirAnswerIsRemembered() {
        PublishedProjects model = PublishedProjects.of(List.of(entry(RegistryFixtures.amis()),
                entry(RegistryFixtures.hakkaAtayal())));
        ProjectFilter hakka = new ProjectFilter(null, "hak", null, null, null, null);
        assertEquals(List.of("1009-2"), numbers(model.matching(hakka)));
        assertSame(model.matching(hakka), model.matching(new ProjectFilter(null, "hak", null, null, null, null)),
                "the same filter asked again is not applied again");
        for (int i = 0; i < PublishedProjects.REMEMBERED_FILTERS + 10; i++) {
            ProjectFilter licence = new ProjectFilter(null, null, null, "LICENCE-" + i, null, null);
            assertEquals(List.of(), model.matching(licence), "beyond the remembered filters, still answered");
        }
    }

    @Test
    void aProjectsJsonIsWrittenOnceAndTakesTheCallersRoot() {
        RegistryProject amis = RegistryFixtures.amis();
        ProjectJson.Text text = ProjectJson.text(amis, NAMES);
        StringBuilder written = new StringBuilder();
        text.write(written, ProjectJson.escaped("https://fund.example.tw/od/"));
        URI root = URI.create("https://fund.example.tw/od/");
        assertEquals(ProjectJson.project(amis, root, NAMES), read(written.toString()),
                "the same JSON as written for the request");
        assertEquals("https://fund.example.tw/od/registry/project.xhtml?id=1009-1", read(written.toString())
                .getString("url"));
        assertFalse(written.toString().contains("registry.invalid"), "no stand-in left");
        assertEquals("a\\\"b\\\\c", ProjectJson.escaped("a\"b\\c"));
    }

    @Test
    void aPageCarriesItsProjectsTheTotalAndItsLinks() {
        PublishedProjects model = PublishedProjects.of(List.of(entry(RegistryFixtures.amis()),
                entry(RegistryFixtures.hakkaAtayal())));
        ProjectPage second = model.page(ProjectFilter.NONE, new ProjectPage.Request(2, 1));
        assertEquals(List.of("1009-2"), second.projects().stream().map(RegistryProject::number).toList());
        assertEquals(2, second.total());
        assertEquals(2, second.pages());
        assertTrue(second.hasPrevious());
        assertFalse(second.hasNext());
        JsonObject json = read(PageJson.of(second, URI.create("http://localhost:8080/"),
                Map.of("self", URI.create("http://localhost:8080/api/v1/registry/projects?page=2&size=1"))));
        assertEquals(2, json.getInt("total"));
        assertEquals(2, json.getInt("page"));
        assertEquals(1, json.getInt("size"));
        assertEquals(2, json.getInt("pages"));
        assertEquals("http://localhost:8080/api/v1/registry/projects?page=2&size=1",
                json.getJsonObject("links").getString("self"));
        assertEquals("1009-2", json.getJsonArray("projects").getJsonObject(0).getString("number"));
        ProjectPage beyond = model.page(ProjectFilter.NONE, new ProjectPage.Request(7, 20));
        assertEquals(List.of(), beyond.shown());
        assertEquals(2, beyond.total());
        assertEquals(1, beyond.pages());
        assertEquals(0, read(PageJson.of(beyond, URI.create("http://localhost/"), Map.of()))
                .getJsonArray("projects").size());
    }

    @Test
    void pageAndSizeAreReadWithinTheirLimitsOrNotAtAll() {
        assertEquals(1, ProjectPage.Request.page(null).orElseThrow());
        assertEquals(ProjectPage.DEFAULT_SIZE, ProjectPage.Request.size(" ").orElseThrow());
        assertEquals(3, ProjectPage.Request.page(" 3 ").orElseThrow());
        assertEquals(ProjectPage.MAX_SIZE, ProjectPage.Request.size("100").orElseThrow());
        for (String bad : List.of("0", "-1", "1.5", "x", "99999999999", "1e3", "２")) {
            assertTrue(ProjectPage.Request.page(bad).isEmpty(), bad);
        }
        for (String bad : List.of("0", "101", "-5", "ten", "100000")) {
            assertTrue(ProjectPage.Request.size(bad).isEmpty(), bad);
        }
    }

    private static List<String> numbers(List<PublishedProjects.Entry> entries) {
        return entries.stream().map(e -> e.project().number()).toList();
    }

    private static JsonObject read(String json) {
        return Jsons.createReader(new StringReader(json)).readObject();
    }
}
