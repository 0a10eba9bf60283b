package org.opendividend.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendividend.outputs.RecordedRegistries;
import org.opendividend.outputs.control.CheckResult;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.control.OutputChecks;
import org.opendividend.outputs.control.OutputUnderCheck;
import org.opendividend.outputs.control.Registry;
import org.opendividend.outputs.control.RegistryHttp;
import org.opendividend.outputs.control.RegistryLookup;
import org.opendividend.outputs.control.RegistryReader;
import org.opendividend.outputs.control.RegistrySettings;
import org.opendividend.outputs.entity.OutputType;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's registered outputs (awards 1008-1, 1009-1 and 1009-2) point at addresses the Run command's registries
 * answer ({@link RecordedRegistries#demo()}), and the verdicts the demo data stored are the ones the checks give
 * against them, so that a re-check in the demo changes nothing and a grantee who registers the same address again sees
 * the same verdicts. And the demo shows what the registries can say: open, OpenRAIL (not open), an address the fund
 * cannot check (an officer decides) and a repository that is gone.
 */
class DemoOutputsAgainstRecordedRegistriesTest {

    private static DataSource db;
    private static RecordedRegistries registries;
    private static final LocalDate DEMO_DAY = LocalDate.of(2031, 6, 15);

    @BeforeAll
    static void seed() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:demo-outputs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        db = h2;
        SchemaMigration.migrate(db, true, Clock.fixed(Instant.parse("2031-06-15T03:00:00Z"), ZoneOffset.UTC));
        registries = RecordedRegistries.demo();
    }

    @AfterAll
    static void stop() {
        registries.close();
    }

    @Test
    void theStoredVerdictsAreWhatTheChecksGiveAgainstTheDemoRegistries() throws SQLException {
        List<List<String>> registered = SqlRows.of(db, "select id, award_number, position, output_type, url, revision,"
                + " identifier, declared_licence, allowed_licences, languages, release_by from output_obligation"
                + " where url is not null order by award_number, position");
        assertTrue(registered.size() >= 7, registered.toString());
        List<String> differences = new ArrayList<>();
        for (List<String> o : registered) {
            List<String> stored = SqlRows.of(db, "select check_name || ' ' || verdict || ' ' || message_key"
                    + " from output_check where obligation_id = " + o.get(0) + " order by position").stream()
                    .map(r -> r.get(0)).toList();
            List<String> given = checks(o).stream()
                    .map(c -> c.check().name() + " " + c.verdict().name() + " " + c.messageKey()).toList();
            if (!stored.equals(given)) {
                differences.add(o.get(1) + "/" + o.get(2) + " " + o.get(4) + "\n stored " + stored + "\n given  " + given);
            }
        }
        assertEquals(List.of(), differences, String.join("\n", differences));
    }

    @Test
    void theDemoShowsWhatTheRegistriesCanSay() throws SQLException {
        Map<String, String> resolvable = new java.util.TreeMap<>();
        for (List<String> row : SqlRows.of(db, "select o.award_number || '/' || o.position, c.verdict || ' '"
                + " || c.message_key from output_check c join output_obligation o on o.id = c.obligation_id"
                + " where c.check_name = 'RESOLVABLE'")) {
            resolvable.put(row.get(0), row.get(1));
        }
        assertEquals("PASS outputs.check.resolvable.pass", resolvable.get("1008-1/1"), "the code, on GitHub");
        assertTrue(resolvable.get("1009-1/2").startsWith("FAIL"), "the tools' repository is gone: " + resolvable);
        assertTrue(resolvable.get("1009-2/0").startsWith("FAIL"), "an address no registry answers: " + resolvable);
        assertEquals(List.of(List.of("FAIL")), SqlRows.of(db, "select c.verdict from output_check c join"
                + " output_obligation o on o.id = c.obligation_id where o.award_number = '1008-1' and o.position = 2"
                + " and c.check_name = 'OPEN_FOR_TYPE'"), "the model under OpenRAIL is not open");
    }

    /** The README's table of addresses the demo's registries answer, each with the verdicts it says they give. */
    @Test
    void theAddressesTheReadmeListsGiveTheVerdictsItSays() {
        assertEquals(Map.of(), failing(verdicts("DATASET", "https://huggingface.co/datasets/taide-community/hakka-lexicon",
                "5d2e8f1a7c3b9e0d4f6a2c8b1e7d3f9a0c5b2e8d", "CC-BY-4.0", "CC-BY-4.0, CC0-1.0", "hak", null)));
        assertEquals(Map.of("PINNED", "FAIL"), failing(verdicts("MODEL_WEIGHTS",
                "https://huggingface.co/taide-community/hakka-llm-7b", null, "Apache-2.0", "Apache-2.0", "hak", null)));
        Map<String, String> gated = verdicts("MODEL_WEIGHTS", "https://huggingface.co/example-lab/formosa-chat-8b",
                null, "Apache-2.0", "Apache-2.0", "zho", null);
        assertEquals("FAIL", gated.get("PUBLIC"));
        assertEquals("FAIL", gated.get("OPEN_FOR_TYPE"));
        assertEquals("FAIL", verdicts("DATASET", "https://huggingface.co/datasets/taide-community/hakka-corpus", null,
                "CC-BY-4.0", "CC-BY-4.0", "hak", null).get("PUBLIC"));
        Map<String, String> disabled = verdicts("MODEL_WEIGHTS", "https://huggingface.co/someone/untitled-model", null,
                "MIT", "MIT", "", null);
        assertEquals("FAIL", disabled.get("PUBLIC"));
        assertEquals("FAIL", disabled.get("LICENCE_DECLARED"));
        assertEquals("FAIL", verdicts("MODEL_WEIGHTS", "https://huggingface.co/example-lab/private-model", null,
                "MIT", "MIT", "", null).get("RESOLVABLE"));
        assertEquals(Map.of(), failing(verdicts("CODE", "https://github.com/taide-community/hakka-asr", "v0.9",
                "Apache-2.0", "Apache-2.0", "", "swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c")));
        assertEquals("FAIL", verdicts("CODE", "https://github.com/example-lab/custom-terms", null, "MIT", "MIT", "",
                null).get("LICENCE_DECLARED"));
        assertEquals(Map.of("GRANT_LINKED", "FAIL", "LANGUAGES", "FAIL"), failing(verdicts("DOCUMENTATION",
                "https://zenodo.org/records/15234567", null, "CC-BY-4.0", "CC-BY-4.0", "hak, zho", null)));
        assertEquals("FAIL", verdicts("DATASET", "https://zenodo.org/records/15111112", null, "CC-BY-SA-4.0",
                "CC-BY-SA-4.0", "ami", null, LocalDate.of(2027, 1, 1)).get("PUBLIC"), "embargoed after the due date");
    }

    private static Map<String, String> failing(Map<String, String> verdicts) {
        Map<String, String> failing = new java.util.TreeMap<>(verdicts);
        failing.values().removeIf(v -> !v.equals("FAIL") && !v.equals("WARN"));
        return failing;
    }

    private static Map<String, String> verdicts(String type, String url, String revision, String declared,
            String allowed, String languages, String identifier) {
        return verdicts(type, url, revision, declared, allowed, languages, identifier, LocalDate.of(2028, 6, 30));
    }

    private static Map<String, String> verdicts(String type, String url, String revision, String declared,
            String allowed, String languages, String identifier, LocalDate due) {
        java.util.List<String> row = java.util.Arrays.asList("0", "1008-1", "0", type, url, revision, identifier,
                declared, allowed, languages, due.toString());
        Map<String, String> verdicts = new java.util.TreeMap<>();
        checks(row).forEach(c -> verdicts.put(c.check().name(), c.verdict().name()));
        return verdicts;
    }

    private static List<CheckResult> checks(List<String> o) {
        Map<Registry, URI> bases = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            bases.put(registry, registries.baseUrl());
        }
        RegistryReader reader = new RegistryReader(new RegistryHttp(new RegistrySettings(bases,
                RegistrySettings.DEFAULT_CONNECT_TIMEOUT, RegistrySettings.DEFAULT_READ_TIMEOUT,
                RegistrySettings.DEFAULT_MAX_BYTES, RegistrySettings.MAX_REDIRECTS)));
        String identifier = o.get(6) == null ? "" : o.get(6);
        RegistryLookup lookup = reader.read(o.get(4), o.get(5));
        RegistryLookup preservation = identifier.startsWith("swh:") ? reader.read(identifier, null) : null;
        OutputUnderCheck output = new OutputUnderCheck(OutputType.valueOf(o.get(3)), o.get(4), o.get(5), o.get(7),
                split(o.get(8)), List.copyOf(split(o.get(9))), o.get(1), LocalDate.parse(o.get(10)));
        return new OutputChecks(new LicenceCatalogue()).check(output, lookup, preservation, DEMO_DAY);
    }

    private static java.util.Set<String> split(String list) {
        return list == null ? java.util.Set.of() : Arrays.stream(list.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
