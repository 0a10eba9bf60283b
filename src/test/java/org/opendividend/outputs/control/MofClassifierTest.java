package org.opendividend.outputs.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.control.MofClassifier.Entry;
import org.opendividend.outputs.control.MofClassifier.MofAssessment;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.outputs.control.MofComponent.*;

/**
 * The Model Openness Framework class, first on the framework's own examples (lfai/model_openness_tool, Test_Data/*.yml,
 * components and licences copied as they are there, locations shortened), then on cases built from its rules
 * (web/modules/mof/src/ModelEvaluator.php: cumulative classes, a required component counts with a licence of its
 * content type; web/modules/mof/config/install/mof.settings.yml: components, classes, content types).
 */
class MofClassifierTest {

    private final MofClassifier classifier = new MofClassifier(new LicenceCatalogue());

    private static Entry e(MofComponent component, String licence) {
        return new Entry(component, licence, "https://example.com/" + component.frameworkId());
    }

    /** Test_Data/Class3RTestFile_C1_40%-C2_60%-C3_100%_6C_1G_6L_6V_0I_6T.yml */
    private static List<Entry> class3R() {
        return List.of(e(MODEL_ARCHITECTURE, "Apache-1.0"), e(MODEL_PARAMETERS_FINAL, "ODbL-1.0"),
                e(MODEL_CARD, "CC-BY-4.0"), e(DATA_CARD, "CC0-1.0"), e(RESEARCH_PAPER, "CC-BY-4.0"),
                e(EVALUATION_RESULTS, "CC0-1.0"));
    }

    /** Test_Data/Class2TTestFile_C1_67%-C2_100%-C3_100%_11C_1G_11L_11V_0I_11T.yml */
    private static List<Entry> class2T() {
        return List.of(e(MODEL_ARCHITECTURE, "Apache-2.0"), e(TRAINING_CODE, "ECL-1.0"), e(INFERENCE_CODE, "AFL-1.1"),
                e(EVALUATION_CODE, "MIT-0"), e(SUPPORTING_LIBRARIES, "UPL-1.0"),
                e(MODEL_PARAMETERS_FINAL, "CC-BY-3.0-DE"), e(EVALUATION_DATA, "ODC-By-1.0"), e(MODEL_CARD, "CC0-1.0"),
                e(DATA_CARD, "CC-BY-SA-4.0"), e(TECHNICAL_REPORT, "CC0-1.0"), e(EVALUATION_RESULTS, "CC-BY-SA-4.0"));
    }

    @Test
    void theFrameworksClassIIIExampleWithAResearchPaperReachesClassIII() {
        MofAssessment assessment = classifier.assess(class3R());
        assertEquals(3, assessment.mofClass());
        assertEquals(2, assessment.nextClass());
        assertEquals(List.of(TRAINING_CODE, INFERENCE_CODE, EVALUATION_CODE, EVALUATION_DATA),
                assessment.missingForNext());
        assertEquals(List.of(), assessment.problemsForNext());
        assertFalse(assessment.conditionalClassIII(), "ODbL is no open source licence");
    }

    @Test
    void theFrameworksClassIIExampleReachesClassIIAndNamesWhatClassINeeds() {
        MofAssessment assessment = classifier.assess(class2T());
        assertEquals(2, assessment.mofClass());
        assertEquals(1, assessment.nextClass());
        assertEquals(List.of(DATASETS, DATA_PREPROCESSING_CODE, MODEL_PARAMETERS_INTERMEDIATE, RESEARCH_PAPER),
                assessment.missingForNext());
        assertTrue(assessment.meets(3));
        assertTrue(assessment.meets(2));
        assertFalse(assessment.meets(1));
    }

    @Test
    void everyRequiredComponentUnderOpenLicencesOfItsTypeIsClassI() {
        List<Entry> all = new ArrayList<>(class2T());
        all.add(e(DATASETS, "CC-BY-4.0"));
        all.add(e(DATA_PREPROCESSING_CODE, "Apache-2.0"));
        all.add(e(MODEL_PARAMETERS_INTERMEDIATE, "CDLA-Permissive-2.0"));
        all.add(e(RESEARCH_PAPER, "CC-BY-4.0"));
        MofAssessment assessment = classifier.assess(all);
        assertEquals(1, assessment.mofClass());
        assertEquals(0, assessment.nextClass());
        assertEquals(List.of(), assessment.missingForNext());
        assertTrue(assessment.meets(1));
    }

    @Test
    void nothingListedIsNoClass() {
        MofAssessment assessment = classifier.assess(List.of());
        assertEquals(0, assessment.mofClass());
        assertEquals(3, assessment.nextClass());
        assertEquals(List.of(MODEL_ARCHITECTURE, MODEL_PARAMETERS_FINAL, EVALUATION_RESULTS, MODEL_CARD, DATA_CARD,
                TECHNICAL_REPORT), assessment.missingForNext());
        assertFalse(assessment.meets(3));
    }

    @Test
    void weightsUnderACommunityLicenceBlockClassIIIButOpenSourceWeightsAreTheToolsConditionalPass() {
        List<Entry> llama = new ArrayList<>(class3R());
        llama.set(1, e(MODEL_PARAMETERS_FINAL, "llama3"));
        MofAssessment assessment = classifier.assess(llama);
        assertEquals(0, assessment.mofClass());
        assertEquals(List.of(new MofClassifier.Problem(MODEL_PARAMETERS_FINAL, MofClassifier.NOT_OPEN, "llama3")),
                assessment.problemsForNext());
        assertFalse(assessment.conditionalClassIII());

        MofAssessment onlyWeights = classifier.assess(List.of(e(MODEL_PARAMETERS_FINAL, "Apache-2.0")));
        assertEquals(0, onlyWeights.mofClass(), "the conditional pass is no class");
        assertTrue(onlyWeights.conditionalClassIII());
    }

    @Test
    void aLicenceOfAnotherContentTypeDoesNotCount() {
        List<Entry> entries = new ArrayList<>(class2T());
        entries.set(1, e(TRAINING_CODE, "CC-BY-4.0")); // code needs an open source licence
        MofAssessment assessment = classifier.assess(entries);
        assertEquals(3, assessment.mofClass());
        assertEquals(List.of(new MofClassifier.Problem(TRAINING_CODE, MofClassifier.WRONG_TYPE, "CC-BY-4.0")),
                assessment.problemsForNext());
    }

    @Test
    void aComponentWithoutLocationOrLicenceIsNotReleased() {
        List<Entry> entries = new ArrayList<>(class3R());
        entries.set(0, new Entry(MODEL_ARCHITECTURE, "Apache-2.0", " "));
        assertEquals(List.of(MODEL_ARCHITECTURE), classifier.assess(entries).missingForNext());
        entries.set(0, e(MODEL_ARCHITECTURE, ""));
        assertEquals(MofClassifier.MISSING_LICENCE, classifier.assess(entries).problemsForNext().get(0).reasonKey());
        entries.set(0, e(MODEL_ARCHITECTURE, "My-Own-Licence"));
        assertEquals(MofClassifier.UNKNOWN_LICENCE, classifier.assess(entries).problemsForNext().get(0).reasonKey());
    }

    @Test
    void optionalComponentsNeverDecideAClass() {
        List<Entry> entries = new ArrayList<>(class3R());
        entries.add(e(SAMPLE_MODEL_OUTPUTS, "CC-BY-NC-4.0"));
        assertEquals(3, classifier.assess(entries).mofClass());
    }

    @Test
    void theFrameworksComponentNamesAreRecognised() {
        assertEquals(MODEL_PARAMETERS_FINAL, MofComponent.byFrameworkName("Model parameters (Final)").orElseThrow());
        assertEquals(17, MofComponent.values().length, "mof.settings.yml lists 17 components");
        assertEquals(6, MofClassifier.requiredFor(3).size());
        assertEquals(10, MofClassifier.requiredFor(2).size());
        assertEquals(14, MofClassifier.requiredFor(1).size());
    }
}
