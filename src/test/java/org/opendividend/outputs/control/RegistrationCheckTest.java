package org.opendividend.outputs.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.entity.MofEntry;
import org.opendividend.outputs.entity.OutputRegistry;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A registration as typed: every problem with its field, nothing thrown. */
class RegistrationCheckTest {

    private static final LicenceCatalogue CATALOGUE = new LicenceCatalogue();

    private static List<String> keys(OutputType type, String url, OutputRegistry registry, String identifier,
            String licence, List<MofEntry> components) {
        return RegistrationCheck.problems(type, url, registry, null, identifier, licence, components, CATALOGUE)
                .stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aGoodRegistrationHasNoProblem() {
        assertTrue(keys(OutputType.CODE, "https://github.com/taide-community/hakka-asr", OutputRegistry.GITHUB,
                "swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c", "Apache-2.0", List.of()).isEmpty());
        assertTrue(keys(OutputType.DATASET, "https://zenodo.org/records/15234567", OutputRegistry.ZENODO,
                "10.5281/zenodo.15234567", "CC-BY-4.0", List.of()).isEmpty());
        assertTrue(keys(OutputType.DOCUMENTATION, "https://example.org/report.pdf", OutputRegistry.OTHER, "",
                "CC-BY-4.0", List.of()).isEmpty());
    }

    @Test
    void aLicenceThatIsNotSpdxIsRefusedWithItsId() {
        List<FieldProblem> problems = RegistrationCheck.problems(OutputType.CODE,
                "https://github.com/a/b", OutputRegistry.GITHUB, null, null, "Apache 2 please", List.of(), CATALOGUE);
        assertEquals(1, problems.size());
        assertEquals("outputs.problem.licenceUnknown", problems.get(0).messageKey());
        assertEquals(List.of("Apache 2 please"), problems.get(0).arguments());
    }

    @Test
    void badAddressesAreRefused() {
        assertEquals(List.of("url:outputs.problem.urlInvalid"), keys(OutputType.CODE, "javascript:alert(1)",
                OutputRegistry.OTHER, null, "MIT", List.of()));
        assertEquals(List.of("url:outputs.problem.urlInvalid"), keys(OutputType.CODE, "file:///etc/passwd",
                OutputRegistry.OTHER, null, "MIT", List.of()));
        assertEquals(List.of("url:outputs.problem.urlCredentials"), keys(OutputType.CODE,
                "https://user:secret@github.com/a/b", OutputRegistry.GITHUB, null, "MIT", List.of()));
        assertEquals(List.of("url:outputs.problem.urlNotOfRegistry"), keys(OutputType.CODE,
                "https://huggingface.co/a/b", OutputRegistry.GITHUB, null, "MIT", List.of()));
        assertEquals(List.of("url:outputs.problem.urlNotOfRegistry"), keys(OutputType.DATASET,
                "https://huggingface.co/a/b", OutputRegistry.HUGGING_FACE_DATASET, null, "MIT", List.of()));
        assertEquals(List.of("registry:outputs.problem.registryRequired", "url:outputs.problem.urlRequired",
                "licence:outputs.problem.licenceRequired"), keys(OutputType.CODE, " ", null, null, "", List.of()));
        assertEquals(List.of("identifier:outputs.problem.identifier"), keys(OutputType.CODE, "https://github.com/a/b",
                OutputRegistry.GITHUB, "not-an-id", "MIT", List.of()));
    }

    @Test
    void mofComponentsOfModelsAreCheckedRowByRow() {
        List<MofEntry> rows = List.of(new MofEntry("MODEL_ARCHITECTURE", "Apache-2.0", "https://github.com/a/b"),
                new MofEntry("MODEL_CARD", "not a licence", "https://huggingface.co/a/b"),
                new MofEntry("NO_SUCH", "MIT", "x"), new MofEntry("DATA_CARD", "CC-BY-4.0", " "));
        assertEquals(List.of("mof:outputs.problem.mofLicence", "mof:outputs.problem.mofComponent",
                "mof:outputs.problem.mofLocation"), keys(OutputType.MODEL_WEIGHTS, "https://huggingface.co/a/b",
                OutputRegistry.HUGGING_FACE_MODEL, null, "Apache-2.0", rows));
        assertTrue(keys(OutputType.CODE, "https://github.com/a/b", OutputRegistry.GITHUB, null, "MIT", rows).isEmpty(),
                "only model weights list components");
    }
}
