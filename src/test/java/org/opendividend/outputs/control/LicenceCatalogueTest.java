package org.opendividend.outputs.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.outputs.entity.OutputType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.outputs.control.LicenceReasons.DEPRECATED;
import static org.opendividend.outputs.control.LicenceReasons.NON_COMMERCIAL;
import static org.opendividend.outputs.control.LicenceReasons.NOT_APPROVED;
import static org.opendividend.outputs.control.LicenceReasons.NOT_OPEN;
import static org.opendividend.outputs.control.LicenceReasons.UNKNOWN_ID;
import static org.opendividend.outputs.control.LicenceReasons.USER_THRESHOLD;
import static org.opendividend.outputs.control.LicenceReasons.USE_RESTRICTIONS;
import static org.opendividend.outputs.entity.OutputType.CODE;
import static org.opendividend.outputs.entity.OutputType.DATASET;
import static org.opendividend.outputs.entity.OutputType.DOCUMENTATION;
import static org.opendividend.outputs.entity.OutputType.EVALUATION;
import static org.opendividend.outputs.entity.OutputType.MODEL_WEIGHTS;

/** The licence knowledge base over real identifiers as SPDX, Hugging Face and the okfn list write them. */
class LicenceCatalogueTest {

    private final LicenceCatalogue catalogue = new LicenceCatalogue();

    private LicenceClassification known(String id) {
        return catalogue.classify(id).orElseThrow(() -> new AssertionError(id + " is not known"));
    }

    private static List<String> keys(String pipeSeparated) {
        return pipeSeparated == null ? List.of() : Arrays.stream(pipeSeparated.split("\\|"))
                .map(name -> "licence." + name).toList();
    }

    /** input, canonical id, open, OSI, FSF, Open Definition, reason keys without "licence." (pipe separated). */
    @ParameterizedTest(name = "{0} -> {1}, open {2}")
    @CsvSource({
            // SPDX identifiers, in SPDX's spelling and in others
            "Apache-2.0,            Apache-2.0,           true,  true,  true,  false,",
            "APACHE-2.0,            Apache-2.0,           true,  true,  true,  false,",
            "'  MiT ',              MIT,                  true,  true,  true,  false,",
            "GPL-3.0-or-later,      GPL-3.0-or-later,     true,  true,  true,  false,",
            "eupl-1.2,              EUPL-1.2,             true,  true,  true,  false,",
            "'CC BY 4.0',           CC-BY-4.0,            true,  false, true,  true,",
            "BUSL-1.1,              BUSL-1.1,             false, false, false, false, reason.notApproved",
            "sspl-1.0,              SSPL-1.0,             false, false, false, false, reason.notApproved",
            "Hippocratic-2.1,       Hippocratic-2.1,      false, false, false, false, reason.useRestrictions",
            "PolyForm-Noncommercial-1.0.0, PolyForm-Noncommercial-1.0.0, false, false, false, false, reason.nonCommercial",
            // Hugging Face identifiers
            "apache-2.0,            Apache-2.0,           true,  true,  true,  false,",
            "mit,                   MIT,                  true,  true,  true,  false,",
            "cc-by-4.0,             CC-BY-4.0,            true,  false, true,  true,",
            "cc-by-sa-4.0,          CC-BY-SA-4.0,         true,  false, true,  true,",
            "cc-by-3.0,             CC-BY-3.0,            true,  false, false, true,",
            "cc0-1.0,               CC0-1.0,              true,  false, true,  true,",
            "cc-by-nc-4.0,          CC-BY-NC-4.0,         false, false, false, false, reason.nonCommercial",
            "cc-by-nd-4.0,          CC-BY-ND-4.0,         false, false, false, false, reason.noDerivatives",
            "cc-by-nc-sa-4.0,       CC-BY-NC-SA-4.0,      false, false, false, false, reason.nonCommercial",
            "cc-by-nc-nd-4.0,       CC-BY-NC-ND-4.0,      false, false, false, false, reason.nonCommercial|reason.noDerivatives",
            "cc-by-nc-3.0,          CC-BY-NC-3.0,         false, false, false, false, reason.nonCommercial",
            "openrail,              openrail,             false, false, false, false, reason.useRestrictions|reason.family",
            "openrail++,            openrail++,           false, false, false, false, reason.useRestrictions",
            "bigscience-openrail-m, bigscience-openrail-m, false, false, false, false, reason.useRestrictions",
            "creativeml-openrail-m, creativeml-openrail-m, false, false, false, false, reason.useRestrictions",
            "bigscience-bloom-rail-1.0, bigscience-bloom-rail-1.0, false, false, false, false, reason.useRestrictions",
            "bigcode-openrail-m,    bigcode-openrail-m,   false, false, false, false, reason.useRestrictions",
            "llama2,                llama2,               false, false, false, false, reason.useRestrictions|reason.userThreshold",
            "llama3,                llama3,               false, false, false, false, reason.useRestrictions|reason.userThreshold",
            "llama3.1,              llama3.1,             false, false, false, false, reason.useRestrictions|reason.userThreshold",
            "LLAMA3.2,              llama3.2,             false, false, false, false, reason.useRestrictions|reason.userThreshold",
            "gemma,                 gemma,                false, false, false, false, reason.useRestrictions",
            "deepfloyd-if-license,  deepfloyd-if-license, false, false, false, false, reason.researchOnly|reason.nonCommercial",
            "other,                 other,                false, false, false, false, reason.customTerms",
            "unknown,               unknown,              false, false, false, false, reason.unstated",
            "bsd,                   bsd,                  false, false, false, false, reason.family",
            "cc,                    cc,                   false, false, false, false, reason.family",
            "c-uda,                 C-UDA-1.0,            false, false, false, false, reason.useRestrictions",
            "odbl,                  ODbL-1.0,             true,  false, true,  true,",
            "odc-by,                ODC-By-1.0,           true,  false, false, true,",
            "pddl,                  PDDL-1.0,             true,  false, false, true,",
            "cdla-permissive-2.0,   CDLA-Permissive-2.0,  true,  false, false, false,",
            "cdla-permissive-1.0,   CDLA-Permissive-1.0,  true,  false, false, false,",
            "cdla-sharing-1.0,      CDLA-Sharing-1.0,     true,  false, false, false,",
            "gpl-3.0,               GPL-3.0,              true,  true,  true,  false, note.deprecated",
            "agpl-3.0,              AGPL-3.0,             true,  true,  true,  false, note.deprecated",
            "lgpl-3.0,              LGPL-3.0,             true,  true,  true,  false, note.deprecated",
            "bsd-3-clause,          BSD-3-Clause,         true,  true,  true,  false,",
            "mpl-2.0,               MPL-2.0,              true,  true,  true,  false,",
            "afl-3.0,               AFL-3.0,              true,  true,  true,  false,",
            "artistic-2.0,          Artistic-2.0,         true,  true,  true,  false,",
            "wtfpl,                 WTFPL,                true,  false, true,  false,",
            "unlicense,             Unlicense,            true,  true,  true,  false,",
            "ofl-1.1,               OFL-1.1,              true,  true,  true,  false,",
            // the Open Knowledge Foundation's list (CKAN portals such as data.gov.tw)
            "ODC-PDDL-1.0,          PDDL-1.0,             true,  false, false, true,",
            "ODC-BY-1.0,            ODC-By-1.0,           true,  false, false, true,",
            "ODC-ODbL-1.0,          ODbL-1.0,             true,  false, true,  true,",
            "OGL-TW-1.0,            OGDL-Taiwan-1.0,      true,  false, false, true,",
            "OGL-UK-3.0,            OGL-UK-3.0,           true,  false, false, true,",
            "FAL-1.3,               LAL-1.3,              true,  false, false, true,",
            "notspecified,          unknown,              false, false, false, false, reason.unstated",
    })
    void classifies(String input, String id, boolean open, boolean osi, boolean fsf, boolean openDefinition,
            String reasons) {
        LicenceClassification licence = known(input);
        assertEquals(id, licence.id());
        assertEquals(open, licence.open(), "open");
        assertEquals(osi, licence.osiApproved(), "OSI");
        assertEquals(fsf, licence.fsfLibre(), "FSF");
        assertEquals(openDefinition, licence.openDefinition(), "Open Definition");
        assertEquals(keys(reasons), licence.reasonKeys());
        assertFalse(licence.name().isBlank());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not-a-licence", "apache", "Apache License 2.0", "GPL-2.0-only WITH Classpath-exception-2.0"})
    void knowsNothingElse(String id) {
        assertTrue(catalogue.classify(id).isEmpty());
    }

    /** SPDX deprecates identifiers that leave a choice open (GPL-3.0: only or or-later?); they stay open. */
    @ParameterizedTest
    @CsvSource({"GPL-3.0, true", "LGPL-2.1, true", "GPL-2.0+, true", "AGPL-3.0, true", "GPL-3.0-only, false",
            "LGPL-2.1-or-later, false", "MIT, false"})
    void marksDeprecatedIdentifiers(String id, boolean deprecated) {
        LicenceClassification licence = known(id);
        assertEquals(deprecated, licence.deprecated());
        assertEquals(deprecated, licence.reasonKeys().contains(DEPRECATED));
        assertTrue(licence.open());
    }

    /** licence, output type, allowed. Software licences suit code, weights and evaluation; not data or texts. */
    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
            "MIT, CODE, true", "MIT, MODEL_WEIGHTS, true", "MIT, EVALUATION, true", "MIT, DATASET, false",
            "MIT, DOCUMENTATION, false",
            "apache-2.0, MODEL_WEIGHTS, true", "GPL-3.0-or-later, DATASET, false",
            "CC-BY-4.0, CODE, false", "CC-BY-4.0, MODEL_WEIGHTS, true", "CC-BY-4.0, DATASET, true",
            "CC-BY-4.0, DOCUMENTATION, true", "CC-BY-4.0, EVALUATION, true",
            "CC0-1.0, CODE, true", "CC0-1.0, DATASET, true", "CC0-1.0, DOCUMENTATION, true",
            "ODbL-1.0, DATASET, true", "ODbL-1.0, DOCUMENTATION, false", "ODbL-1.0, CODE, false",
            "OGL-TW-1.0, DATASET, true", "OGL-TW-1.0, CODE, false",
            "CDLA-Permissive-2.0, MODEL_WEIGHTS, true", "CDLA-Permissive-2.0, DATASET, true",
            "GFDL-1.3-only, DOCUMENTATION, true", "GFDL-1.3-only, DATASET, false", "GFDL-1.3-only, CODE, false",
            "cc-by-nc-4.0, DATASET, false", "llama2, MODEL_WEIGHTS, false", "gemma, MODEL_WEIGHTS, false",
            "openrail, MODEL_WEIGHTS, false", "other, CODE, false",
    })
    void decidesAppropriatenessPerOutputType(String id, OutputType type, boolean allowed) {
        assertEquals(allowed, known(id).allowedFor(type));
        assertEquals(allowed, catalogue.refusalReasons(id, type).isEmpty());
    }

    @Test
    void nonOpenModelLicencesAreStillMeantForWeights() {
        assertEquals(Set.of(MODEL_WEIGHTS), known("llama3.1").appropriateFor());
        assertEquals(Set.of(), known("other").appropriateFor());
    }

    @Test
    void refusesUnknownIdentifiers() {
        assertEquals(List.of(UNKNOWN_ID), catalogue.refusalReasons("no-such-licence", CODE));
        assertEquals(List.of(UNKNOWN_ID), catalogue.refusalReasons(null, DATASET));
    }

    @Test
    void refusesLicencesThatAreNotOpenWithTheirReasons() {
        assertEquals(List.of(NOT_OPEN, NON_COMMERCIAL), catalogue.refusalReasons("cc-by-nc-4.0", DATASET));
        assertEquals(List.of(NOT_OPEN, USE_RESTRICTIONS, USER_THRESHOLD),
                catalogue.refusalReasons("llama3.1", MODEL_WEIGHTS));
        assertEquals(List.of(NOT_OPEN, NOT_APPROVED), catalogue.refusalReasons("BUSL-1.1", CODE));
    }

    @Test
    void aRefusalLeavesOutNotes() {
        // GPL-1.0 is deprecated and approved by nobody: the refusal gives the reason, not the note
        assertTrue(known("GPL-1.0").reasonKeys().contains(DEPRECATED));
        assertEquals(List.of(NOT_OPEN, NOT_APPROVED), catalogue.refusalReasons("GPL-1.0", CODE));
    }

    @Test
    void refusesOpenLicencesMeantForOtherOutputs() {
        assertEquals(List.of("licence.refusal.notAppropriate.DATASET"), catalogue.refusalReasons("MIT", DATASET));
        assertEquals(List.of("licence.refusal.notAppropriate.CODE"), catalogue.refusalReasons("CC-BY-SA-4.0", CODE));
        assertEquals(List.of("licence.refusal.notAppropriate.DOCUMENTATION"),
                catalogue.refusalReasons("odbl", DOCUMENTATION));
    }

    @Test
    void acceptsDeprecatedButOpenIdentifiers() {
        assertEquals(List.of(), catalogue.refusalReasons("GPL-3.0", CODE));
    }

    @ParameterizedTest
    @EnumSource(OutputType.class)
    void defaultsAreCanonicalOpenAndAppropriate(OutputType type) {
        List<String> defaults = catalogue.defaultsFor(type);
        assertFalse(defaults.isEmpty());
        assertEquals(defaults.size(), Set.copyOf(defaults).size(), "no default twice");
        for (String id : defaults) {
            LicenceClassification licence = known(id);
            assertEquals(id, licence.id(), "defaults use the canonical spelling");
            assertTrue(licence.allowedFor(type), id + " for " + type);
            assertFalse(licence.deprecated(), id);
        }
    }

    @Test
    void defaultsFollowThePolicy() {
        assertEquals("Apache-2.0", catalogue.defaultsFor(CODE).get(0));
        assertTrue(catalogue.defaultsFor(CODE).stream().allMatch(id -> known(id).osiApproved()));
        assertEquals(catalogue.defaultsFor(MODEL_WEIGHTS), catalogue.defaultsFor(DATASET));
        assertTrue(catalogue.defaultsFor(DATASET).containsAll(List.of("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0",
                "CDLA-Permissive-2.0", "ODbL-1.0", "PDDL-1.0", "OGDL-Taiwan-1.0")));
        assertEquals(List.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"), catalogue.defaultsFor(DOCUMENTATION));
        List<String> evaluation = catalogue.defaultsFor(EVALUATION);
        assertTrue(evaluation.containsAll(catalogue.defaultsFor(CODE)));
        assertTrue(evaluation.containsAll(catalogue.defaultsFor(DATASET)));
    }

    @ParameterizedTest
    @EnumSource(OutputType.class)
    void listsTheOpenLicencesOfATypeSortedForPickers(OutputType type) {
        List<LicenceClassification> licences = catalogue.openLicencesFor(type);
        assertTrue(licences.size() >= 3, type + ": " + licences.size());
        assertTrue(licences.stream().allMatch(l -> l.allowedFor(type) && !l.deprecated()));
        List<String> ids = licences.stream().map(LicenceClassification::id).toList();
        assertEquals(ids.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), ids);
        assertTrue(ids.containsAll(catalogue.defaultsFor(type)), type + " lists its defaults");
    }

    @Test
    void pickersOfferManyLicencesForCodeAndFewForTexts() {
        assertTrue(catalogue.openLicencesFor(CODE).size() > 100);
        assertFalse(catalogue.openLicencesFor(CODE).stream().anyMatch(l -> l.id().equals("CC-BY-4.0")));
        assertFalse(catalogue.openLicencesFor(DOCUMENTATION).stream().anyMatch(l -> l.id().equals("MIT")));
        assertFalse(catalogue.openLicencesFor(CODE).stream().anyMatch(l -> l.id().equals("GPL-3.0")),
                "deprecated identifiers are not offered");
    }

    @Test
    void everyAliasNamesItsTarget() {
        CuratedLicences.ALIASES.forEach((alias, target) -> assertEquals(target, known(alias).id(), alias));
    }

    /** Should a later SPDX list take up one of these, SPDX's facts win and the table needs a look. */
    @Test
    void unlistedLicencesAreNotInTheSpdxList() {
        for (CuratedLicences.Unlisted licence : CuratedLicences.UNLISTED) {
            LicenceClassification found = known(licence.id());
            assertEquals(licence.name(), found.name(), licence.id() + " is listed by SPDX now");
            assertFalse(found.open());
            assertFalse(found.reasonKeys().isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CC0-1.0", "PDDL-1.0", "ODC-By-1.0", "ODbL-1.0", "LAL-1.3", "GFDL-1.3-no-invariants-only",
            "OGL-UK-2.0", "OGL-Canada-2.0", "OGDL-Taiwan-1.0", "DL-DE-BY-2.0", "CC-BY-SA-3.0", "CC-BY-2.5-AU"})
    void openDefinitionTableNamesSpdxLicences(String id) {
        LicenceClassification licence = known(id);
        assertEquals(id, licence.id());
        assertTrue(licence.openDefinition() && licence.open(), id);
    }

    /** The list comes from the jar, never from spdx.org: the version is the bundled one. */
    @Test
    void readsTheSpdxListBundledInTheJarOffline() throws IOException {
        assertNotNull(catalogue.classify("MIT"));
        assertEquals("true", System.getProperty(SpdxLicenceList.USE_BUNDLED_LIST_ONLY));
        try (InputStream bundled = getClass().getResourceAsStream("/resources/stdlicenses/licenses.json")) {
            assertNotNull(bundled, "the jar ships its licence list");
            JsonObject list = Json.createReader(bundled).readObject();
            assertEquals(list.getString("licenseListVersion"), catalogue.spdxListVersion());
            assertEquals(list.getJsonArray("licenses").size() + CuratedLicences.UNLISTED.size(),
                    LicenceIndex.build(SpdxLicenceList.read()).all().size());
        }
    }

    @Test
    void classificationsAreImmutable() {
        LicenceClassification licence = known("MIT");
        assertThrowsUnsupported(() -> licence.appropriateFor().clear());
        assertThrowsUnsupported(() -> licence.reasonKeys().add("x"));
        assertEquals(List.of(CODE, MODEL_WEIGHTS, EVALUATION), List.copyOf(licence.appropriateFor()),
                "in declaration order");
    }

    private static void assertThrowsUnsupported(Runnable change) {
        try {
            change.run();
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("could be changed");
    }

    @Test
    void everyLicenceIsListedOnceSorted() {
        List<LicenceClassification> all = LicenceIndex.build(SpdxLicenceList.read()).all();
        List<String> ids = all.stream().map(LicenceClassification::id).toList();
        assertEquals(ids.size(), ids.stream().map(String::toLowerCase).distinct().count());
        assertEquals(ids.stream().sorted(Comparator.comparing(String::toString, String.CASE_INSENSITIVE_ORDER))
                .toList(), ids);
    }
}
