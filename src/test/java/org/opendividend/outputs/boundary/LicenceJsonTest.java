package org.opendividend.outputs.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.web.ErrorResponses;
import org.junit.jupiter.api.Test;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.control.LicenceClassification;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Languages;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON the licences resource answers, built without a server. */
class LicenceJsonTest {

    private final LicenceCatalogue catalogue = new LicenceCatalogue();

    private LicenceClassification known(String id) {
        return catalogue.classify(id).orElseThrow();
    }

    @Test
    void aLicenceThatIsNotOpenSaysWhyInTheCallersLanguage() {
        JsonObject english = LicenceJson.classification(known("cc-by-nc-4.0"), Languages.EN);
        assertEquals("CC-BY-NC-4.0", english.getString("id"));
        assertFalse(english.getString("name").isBlank());
        assertFalse(english.getBoolean("open"));
        assertFalse(english.getBoolean("osiApproved"));
        assertFalse(english.getBoolean("fsfLibre"));
        assertFalse(english.getBoolean("openDefinition"));
        assertFalse(english.getBoolean("deprecated"));
        assertEquals(List.of("MODEL_WEIGHTS", "DATASET", "DOCUMENTATION", "EVALUATION"),
                english.getJsonArray("appropriateFor").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject reason = english.getJsonArray("reasons").getJsonObject(0);
        assertEquals("licence.reason.nonCommercial", reason.getString("key"));
        assertTrue(reason.getString("text").startsWith("Forbids commercial use"), reason.getString("text"));

        String chinese = LicenceJson.classification(known("cc-by-nc-4.0"), Languages.ZH_TW)
                .getJsonArray("reasons").getJsonObject(0).getString("text");
        assertTrue(chinese.contains("商業"), chinese);
    }

    @Test
    void anOpenLicenceHasNoReasons() {
        JsonObject json = LicenceJson.classification(known("apache-2.0"), Languages.EN);
        assertEquals("Apache-2.0", json.getString("id"));
        assertTrue(json.getBoolean("open"));
        assertTrue(json.getBoolean("osiApproved"));
        assertTrue(json.getJsonArray("reasons").isEmpty());
        assertEquals(9, json.size(), json.keySet().toString());
    }

    @Test
    void aDeprecatedIdentifierCarriesItsNote() {
        JsonObject json = LicenceJson.classification(known("GPL-3.0"), Languages.EN);
        assertTrue(json.getBoolean("open"));
        assertTrue(json.getBoolean("deprecated"));
        assertEquals("licence.note.deprecated", json.getJsonArray("reasons").getJsonObject(0).getString("key"));
    }

    @Test
    void theListingNamesTheTypeItsDefaultsAndItsLicences() {
        OutputType type = OutputType.DATASET;
        JsonObject json = LicenceJson.listing(type, catalogue.defaultsFor(type), catalogue.openLicencesFor(type),
                Languages.EN);
        assertEquals("DATASET", json.getString("outputType"));
        assertEquals("CC0-1.0", json.getJsonArray("defaults").getString(0));
        assertEquals(catalogue.openLicencesFor(type).size(), json.getJsonArray("licences").size());
        assertTrue(json.getJsonArray("licences").getValuesAs(JsonObject.class).stream()
                .allMatch(licence -> licence.getBoolean("open")));
    }

    @Test
    void anUnknownIdentifierAnswersInTheApiErrorShape() {
        JsonObject body = ErrorResponses.body(Response.Status.NOT_FOUND, "not_found",
                FieldProblem.of(null, "licence.refusal.unknown"), Languages.EN);
        assertEquals(404, body.getInt("status"));
        assertEquals("not_found", body.getString("code"));
        assertTrue(body.getString("message").contains("SPDX"), body.getString("message"));
        assertEquals(3, body.size());
        assertTrue(ErrorResponses.body(Response.Status.NOT_FOUND, "not_found",
                FieldProblem.of(null, "licence.refusal.unknown"), Languages.ZH_TW).getString("message").contains("授權"));
    }

    @Test
    void readsTheOutputTypeInAnyCase() {
        assertEquals(Optional.of(OutputType.DATASET), Licences.outputType("dataset"));
        assertEquals(Optional.of(OutputType.MODEL_WEIGHTS), Licences.outputType(" MODEL_WEIGHTS "));
        assertEquals(Optional.empty(), Licences.outputType("weights"));
        assertEquals(Optional.empty(), Licences.outputType(null));
    }
}
