package org.opendividend.outputs.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.outputs.control.CheckResult.Check;
import org.opendividend.outputs.control.CheckResult.Verdict;
import org.opendividend.outputs.entity.OutputType;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.outputs.control.CheckResult.Verdict.FAIL;
import static org.opendividend.outputs.control.CheckResult.Verdict.NOT_APPLICABLE;
import static org.opendividend.outputs.control.CheckResult.Verdict.PASS;
import static org.opendividend.outputs.control.CheckResult.Verdict.WARN;
import static org.opendividend.outputs.entity.OutputType.CODE;
import static org.opendividend.outputs.entity.OutputType.DATASET;
import static org.opendividend.outputs.entity.OutputType.DOCUMENTATION;
import static org.opendividend.outputs.entity.OutputType.EVALUATION;
import static org.opendividend.outputs.entity.OutputType.MODEL_WEIGHTS;

/** Each check's verdicts over facts read from the recorded real-format answers, or varied from them. */
class OutputChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
    private static final String SHA = "3f5a1c0e9b8d7a6f5e4d3c2b1a09f8e7d6c5b4a3";
    private static final String SWHID = "swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c";

    private final OutputChecks checks = new OutputChecks(new LicenceCatalogue());

    private static JsonObject json(String file) {
        return Json.createReader(new StringReader(RegistryAdaptersTest.recorded(file))).readObject();
    }

    private static RegistryFacts huggingFace(String file) {
        return HuggingFaceAdapter.facts(json(file));
    }

    private static RegistryFacts zenodo(String file) {
        JsonObject record = json(file);
        return ZenodoAdapter.facts(record, record.getJsonObject("metadata"));
    }

    private static RegistryFacts github(String spdx) {
        return RegistryFacts.of(Registry.GITHUB, "taide-community/hakka-asr")
                .withLicence(spdx, spdx == null ? null : "license.spdx_id", null, null, spdx == null ? null : "LICENSE")
                .withRevision("c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c", "git/ref/tags/v1.0.0", null);
    }

    private static OutputUnderCheck output(OutputType type, String revision, String licence, String... languages) {
        return new OutputUnderCheck(type, "https://example.org/x", revision, licence, Set.of(), List.of(languages),
                "OD-2026-0042", DUE);
    }

    private List<CheckResult> run(OutputUnderCheck output, RegistryFacts facts) {
        return checks.check(output, RegistryLookup.found(facts), null, TODAY);
    }

    private static CheckResult result(List<CheckResult> results, Check check) {
        return results.stream().filter(r -> r.check() == check).findFirst().orElseThrow();
    }

    private static void assertVerdict(Verdict verdict, String key, CheckResult result) {
        assertEquals(verdict, result.verdict(), result.toString());
        assertEquals(key, result.messageKey(), result.toString());
    }

    @Test
    void aPublicApacheModelPinnedToItsShaPassesWithEvidence() {
        List<CheckResult> results = run(output(MODEL_WEIGHTS, SHA, "Apache-2.0", "hak", "zh"),
                huggingFace("huggingface/model-public.json"));
        assertEquals(Arrays.asList(Check.values()), results.stream().map(CheckResult::check).toList(),
                "one verdict per check, in order");
        for (Check check : List.of(Check.RESOLVABLE, Check.PUBLIC, Check.LICENCE_DECLARED, Check.SPDX,
                Check.CONSISTENT, Check.OPEN_FOR_TYPE, Check.PINNED, Check.LANGUAGES)) {
            assertEquals(PASS, result(results, check).verdict(), check.name());
        }
        CheckResult spdx = result(results, Check.SPDX);
        assertEquals("cardData.license", spdx.evidenceField());
        assertEquals("apache-2.0", spdx.evidenceValue());
        assertEquals(List.of("apache-2.0", "Apache-2.0"), spdx.arguments(), "seen, then normalised");
        assertEquals(NOT_APPLICABLE, result(results, Check.GRANT_LINKED).verdict());
        assertEquals(NOT_APPLICABLE, result(results, Check.PRESERVED).verdict());
    }

    @Test
    void aGatedModelUnderTheLlamaLicenceIsNeitherPublicNorOpenAndSaysWhy() {
        RegistryFacts facts = huggingFace("huggingface/model-gated-other.json").withLicence("llama3",
                "cardData.license", null, null, null);
        List<CheckResult> results = run(output(MODEL_WEIGHTS, null, "llama3"), facts);
        CheckResult gated = result(results, Check.PUBLIC);
        assertVerdict(FAIL, "outputs.check.public.gated", gated);
        assertEquals("manual", gated.evidenceValue());
        assertVerdict(FAIL, "outputs.check.spdx.notListed", result(results, Check.SPDX));
        CheckResult open = result(results, Check.OPEN_FOR_TYPE);
        assertVerdict(FAIL, "outputs.check.open.fail", open);
        assertEquals(List.of(LicenceReasons.NOT_OPEN, LicenceReasons.USE_RESTRICTIONS, LicenceReasons.USER_THRESHOLD),
                open.reasonKeys());
        assertVerdict(FAIL, "outputs.check.pinned.missing", result(results, Check.PINNED));
    }

    @Test
    void otherTermsAreNamedButNotSpdx() {
        List<CheckResult> results = run(output(MODEL_WEIGHTS, SHA, "Apache-2.0"),
                huggingFace("huggingface/model-gated-other.json"));
        CheckResult spdx = result(results, Check.SPDX);
        assertVerdict(FAIL, "outputs.check.spdx.other", spdx);
        assertEquals(List.of("llama3", "https://llama.meta.com/llama3/license"), spdx.arguments());
        assertVerdict(FAIL, "outputs.check.consistent.mismatch", result(results, Check.CONSISTENT));
        assertEquals(List.of(LicenceReasons.NOT_OPEN, LicenceReasons.CUSTOM_TERMS),
                result(results, Check.OPEN_FOR_TYPE).reasonKeys());
    }

    @Test
    void openRailIsNotOpen() {
        RegistryFacts facts = huggingFace("huggingface/model-public.json")
                .withLicence("bigscience-openrail-m", "cardData.license", null, null, null);
        CheckResult open = result(run(output(MODEL_WEIGHTS, SHA, "bigscience-openrail-m"), facts), Check.OPEN_FOR_TYPE);
        assertEquals(FAIL, open.verdict());
        assertTrue(open.reasonKeys().contains(LicenceReasons.USE_RESTRICTIONS));
    }

    @Test
    void aDisabledModelWithoutLicenceFails() {
        List<CheckResult> results = run(output(MODEL_WEIGHTS, SHA, "MIT", "hak"),
                huggingFace("huggingface/model-no-licence.json"));
        assertVerdict(FAIL, "outputs.check.public.disabled", result(results, Check.PUBLIC));
        assertVerdict(FAIL, "outputs.check.licence.missing", result(results, Check.LICENCE_DECLARED));
        assertEquals(NOT_APPLICABLE, result(results, Check.SPDX).verdict());
        assertEquals(NOT_APPLICABLE, result(results, Check.OPEN_FOR_TYPE).verdict());
        assertVerdict(WARN, "outputs.check.pinned.moved", result(results, Check.PINNED));
        assertVerdict(FAIL, "outputs.check.languages.none", result(results, Check.LANGUAGES));
    }

    @Test
    void aPrivateRepositoryIsNotPublic() {
        RegistryFacts facts = github("MIT").withAccess(true, null, false);
        assertVerdict(FAIL, "outputs.check.public.private", result(run(output(CODE, null, "MIT"), facts), Check.PUBLIC));
    }

    @Test
    void noAssertionIsNotAMachineReadableLicence() {
        List<CheckResult> results = run(output(CODE, null, "MIT"), github("NOASSERTION"));
        CheckResult declared = result(results, Check.LICENCE_DECLARED);
        assertVerdict(FAIL, "outputs.check.licence.noAssertion", declared);
        assertEquals("license.spdx_id", declared.evidenceField());
        assertEquals("NOASSERTION", declared.evidenceValue());
    }

    @Test
    void aDatasetUnderASoftwareLicenceIsNotOpenForItsType() {
        RegistryFacts facts = huggingFace("huggingface/dataset-public.json").withAccess(false, null, false)
                .withLicence("mit", "cardData.license", null, null, "LICENSE.md");
        List<CheckResult> results = run(output(DATASET, "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d", "MIT", "hak"), facts);
        assertEquals(PASS, result(results, Check.CONSISTENT).verdict());
        CheckResult open = result(results, Check.OPEN_FOR_TYPE);
        assertEquals(FAIL, open.verdict());
        assertEquals(List.of(LicenceReasons.notAppropriateFor(DATASET)), open.reasonKeys());
        assertEquals(PASS, result(results, Check.LANGUAGES).verdict());
    }

    @Test
    void documentationNeedsAnOpenContentLicence() {
        RegistryFacts facts = zenodo("zenodo/record-open.json");
        assertEquals(PASS, result(run(output(DOCUMENTATION, null, "CC-BY-4.0"), facts), Check.OPEN_FOR_TYPE).verdict());
        RegistryFacts apache = facts.withLicence("apache-2.0", "metadata.license.id", null, null, null);
        assertEquals(FAIL, result(run(output(DOCUMENTATION, null, "Apache-2.0"), apache), Check.OPEN_FOR_TYPE).verdict());
        RegistryFacts nc = facts.withLicence("cc-by-nc-4.0", "metadata.license.id", null, null, null);
        CheckResult open = result(run(output(DOCUMENTATION, null, "CC-BY-NC-4.0"), nc), Check.OPEN_FOR_TYPE);
        assertTrue(open.reasonKeys().contains(LicenceReasons.NON_COMMERCIAL));
    }

    @Test
    void codeUnderAnOsiLicenceIsOpenAndNeedsItsSwhid() {
        OutputUnderCheck code = output(CODE, "v1.0.0", "Apache-2.0");
        RegistryFacts facts = github("Apache-2.0");
        RegistryLookup archived = RegistryLookup.found(RegistryFacts.of(Registry.SOFTWARE_HERITAGE, SWHID)
                .withRevision("c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c", "object_id", null).withObjectType("revision"));
        List<CheckResult> results = checks.check(code, RegistryLookup.found(facts), archived, TODAY);
        assertEquals(PASS, result(results, Check.OPEN_FOR_TYPE).verdict());
        assertEquals(PASS, result(results, Check.PINNED).verdict());
        assertEquals("c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c", result(results, Check.PINNED).evidenceValue());
        assertVerdict(PASS, "outputs.check.preserved.pass", result(results, Check.PRESERVED));
        assertEquals(NOT_APPLICABLE, result(results, Check.LANGUAGES).verdict());
        assertVerdict(FAIL, "outputs.check.preserved.noSwhid", result(run(code, facts), Check.PRESERVED));
        assertVerdict(FAIL, "outputs.check.preserved.notArchived",
                result(checks.check(code, RegistryLookup.found(facts), RegistryLookup.notFound(), TODAY), Check.PRESERVED));
    }

    @Test
    void anUnknownTagIsNotAPin() {
        RegistryFacts facts = github("MIT").withRevision(null, null, null);
        assertVerdict(FAIL, "outputs.check.pinned.tagUnknown", result(run(output(CODE, "v9", "MIT"), facts), Check.PINNED));
        assertEquals(PASS, result(run(output(CODE, "aa218f56b14c9653891f9e74264a383fa43fefbd", "MIT"), facts),
                Check.PINNED).verdict());
    }

    @Test
    void aZenodoRecordLinkedToTheGrantWithItsVersionDoi() {
        List<CheckResult> results = run(output(EVALUATION, "10.5281/zenodo.15234567", "CC-BY-4.0", "hak"),
                zenodo("zenodo/record-open.json"));
        assertVerdict(PASS, "outputs.check.grant.pass", result(results, Check.GRANT_LINKED));
        assertEquals(PASS, result(results, Check.PINNED).verdict());
        assertEquals(PASS, result(results, Check.PUBLIC).verdict());
        assertEquals(PASS, result(results, Check.LANGUAGES).verdict());
        assertEquals(PASS, result(results, Check.OPEN_FOR_TYPE).verdict());
    }

    @Test
    void theConceptDoiDoesNotPinAVersion() {
        CheckResult pinned = result(run(output(DATASET, "10.5281/zenodo.15234566", "CC-BY-4.0"),
                zenodo("zenodo/record-open.json")), Check.PINNED);
        assertVerdict(FAIL, "outputs.check.pinned.conceptDoi", pinned);
        assertEquals(List.of("10.5281/zenodo.15234566", "10.5281/zenodo.15234567"), pinned.arguments());
    }

    @Test
    void anotherAwardsNumberDoesNotLink() {
        OutputUnderCheck other = new OutputUnderCheck(DATASET, "u", null, "CC-BY-4.0", Set.of(), List.of(),
                "OD-2026-0099", DUE);
        assertVerdict(FAIL, "outputs.check.grant.missing", result(run(other, zenodo("zenodo/record-open.json")),
                Check.GRANT_LINKED));
    }

    @Test
    void anEmbargoEndingAfterTheDueDateFailsBeforeItWarns() {
        RegistryFacts embargoed = zenodo("zenodo/record-embargoed.json"); // until 2027-06-30, due 2027-03-31
        assertVerdict(FAIL, "outputs.check.public.embargoAfterDue",
                result(run(output(DATASET, null, "CC-BY-SA-4.0", "ami"), embargoed), Check.PUBLIC));
        RegistryFacts shorter = embargoed.withZenodoAccess("embargoed", LocalDate.of(2027, 1, 31));
        CheckResult warn = result(run(output(DATASET, null, "CC-BY-SA-4.0"), shorter), Check.PUBLIC);
        assertVerdict(WARN, "outputs.check.public.embargoUntil", warn);
        assertEquals(List.of("2027-01-31"), warn.arguments());
        RegistryFacts ended = embargoed.withZenodoAccess("embargoed", LocalDate.of(2026, 11, 1));
        assertEquals(PASS, result(run(output(DATASET, null, "CC-BY-SA-4.0"), ended), Check.PUBLIC).verdict());
        RegistryFacts restricted = embargoed.withZenodoAccess("restricted", null);
        assertVerdict(FAIL, "outputs.check.public.restricted",
                result(run(output(DATASET, null, "CC-BY-SA-4.0"), restricted), Check.PUBLIC));
    }

    @Test
    void languageCodesMatchAcrossIsoSpellings() {
        RegistryFacts facts = zenodo("zenodo/record-open.json").withLanguages(List.of("zho", "eng"));
        assertEquals(PASS, result(run(output(DATASET, null, "CC-BY-4.0", "zh-TW", "en"), facts), Check.LANGUAGES)
                .verdict());
        CheckResult missing = result(run(output(DATASET, null, "CC-BY-4.0", "zh", "hak", "ami"), facts), Check.LANGUAGES);
        assertVerdict(FAIL, "outputs.check.languages.missing", missing);
        assertEquals(List.of("hak, ami"), missing.arguments());
    }

    @Test
    void aLicenceTheCallDoesNotAllowFails() {
        OutputUnderCheck output = new OutputUnderCheck(DATASET, "u", null, "CC-BY-SA-4.0", Set.of("CC0-1.0", "CC-BY-4.0"),
                List.of(), "OD-2026-0042", DUE);
        assertVerdict(FAIL, "outputs.check.consistent.notAllowedByCall",
                result(run(output, zenodo("zenodo/record-embargoed.json")), Check.CONSISTENT));
    }

    @Test
    void whatCannotBeResolvedIsNotCheckedFurther() {
        List<CheckResult> results = checks.check(output(CODE, null, "MIT"), RegistryLookup.notFound(), null, TODAY);
        assertVerdict(FAIL, RegistryLookup.NOT_FOUND_KEY, result(results, Check.RESOLVABLE));
        assertTrue(results.stream().skip(1).allMatch(r -> r.verdict() == NOT_APPLICABLE));
        List<CheckResult> later = checks.check(output(CODE, null, "MIT"),
                RegistryLookup.unreachable(RegistryResponse.UNREACHABLE_TIMEOUT), null, TODAY);
        assertVerdict(WARN, RegistryResponse.UNREACHABLE_TIMEOUT, result(later, Check.RESOLVABLE));
    }
}
