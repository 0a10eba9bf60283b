package org.opendividend.registry.control;

import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.registry.GrantPackageSchema;
import org.opendividend.registry.RegistryFixtures;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry's 360Giving export against the standard's own JSON schemas ({@link GrantPackageSchema}), and the
 * mapping's fields.
 */
class GrantPackageTest {

    private static final URI ROOT = URI.create("https://grants.example.gov.tw/");

    private static Set<ValidationMessage> problems(String json) {
        return GrantPackageSchema.problems(json);
    }

    static JsonObject exported() {
        return GrantPackage.of(List.of(RegistryFixtures.amis(), RegistryFixtures.hakkaAtayal()), "opendividend", ROOT,
                Instant.parse("2026-12-01T02:00:00Z"), new GrantPackage.Names(
                        GrantPackage.from(Map.of("moc", "Ministry of Culture", "moda", "Ministry of Digital Affairs")),
                        GrantPackage.from(Map.of("ami", "Amis", "hak", "Hakka")), type -> type,
                        "Taiwan Public AI Development Fund"));
    }

    @Test
    void theExportIsAValid360GivingPackage() {
        assertEquals(Set.of(), problems(exported().toString()));
    }

    @Test
    void theValidatorRefusesWhatTheStandardRefuses() {
        // a guard for the test above: a grant without a funder, a currency that is no ISO code, a bad date
        String broken = exported().toString().replaceFirst("\"fundingOrganization\"", "\"fundingOrganisation\"")
                .replaceFirst("\"currency\":\"TWD\"", "\"currency\":\"NT\"")
                .replaceFirst("\"awardDate\":\"[0-9-]+\"", "\"awardDate\":\"1 Sept\"");
        Set<ValidationMessage> problems = problems(broken);
        assertTrue(problems.size() >= 3, problems.toString());
    }

    @Test
    void aGrantCarriesItsIdMoneyPaymentsFundersProgrammeAndClassifications() {
        JsonObject grant = exported().getJsonArray("grants").getJsonObject(0);
        assertEquals("360G-opendividend-1009-1", grant.getString("id"));
        assertEquals("TWD", grant.getString("currency"));
        assertEquals(1_500_000, grant.getJsonNumber("amountAwarded").longValue());
        assertEquals(600_000, grant.getJsonNumber("amountDisbursed").longValue());
        assertEquals(List.of("2026-11-10", "2026-11-12"), grant.getJsonArray("disbursementTransaction")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("valueDate")).toList());
        assertEquals(List.of("Ministry of Culture", "Ministry of Digital Affairs"), grant.getJsonArray(
                "fundingOrganization").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList());
        assertEquals("1009", grant.getJsonArray("grantProgramme").getJsonObject(0).getString("code"));
        assertEquals("Yes", grant.getString("fromOpenCall"));
        assertEquals("2026-09-01", grant.getString("awardDate"), "the offer's day in Taipei");
        assertEquals("2026-11-12T07:00:00Z", grant.getString("dateModified"), "the latest payment");
        assertEquals(List.of("ISO 639-3:ami", "Open Dividend output types:DATASET",
                        "Open Dividend output types:MODEL_WEIGHTS"),
                grant.getJsonArray("classifications").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("vocabulary") + ":" + c.getString("code")).toList());
        assertEquals("Amis Open Speech Association", grant.getJsonArray("recipientOrganization").getJsonObject(0)
                .getString("name"));
        assertEquals("https://grants.example.gov.tw/registry/project.xhtml?id=1009-1", grant.getString("url"));
        assertFalse(exported().toString().contains("subject"), "no person's identifiers");
        assertEquals("360G-opendividend", exported().getString("identifier"));
    }
}
