package org.opendividend.applications.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.entity.OutputType;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApplicationContentTest {

    private static ApplicationContent withOutputLanguages(String... written) {
        List<PlannedOutput> outputs = java.util.Arrays.stream(written)
                .map(languages -> new PlannedOutput(OutputType.DATASET, "t", "d", "CC-BY-4.0", null, "HUGGING_FACE", languages))
                .toList();
        return new ApplicationContent("標題", "Title", "abstract", null, 12, List.of(), Map.of(), List.of(), outputs,
                ApplicationContent.Ethics.NONE);
    }

    @Test
    void theOutputLanguagesAreTheCodesThePlannedOutputsName() {
        assertEquals(Set.of("hak", "nan", "ami"), withOutputLanguages("hak, nan", "AMI", "hak").outputLanguages());
        assertEquals(Set.of("tay", "zho"), withOutputLanguages("tay zho;", null).outputLanguages());
    }

    @Test
    void whatIsNotAnIso6393CodeIsNoLanguage() {
        assertEquals(Set.of(), withOutputLanguages("", "Hakka", "zh-TW").outputLanguages());
        assertEquals(Set.of(), new ApplicationContent("標題", "Title", "abstract", null, 12, List.of(), Map.of(),
                List.of(), null, ApplicationContent.Ethics.NONE).outputLanguages());
    }
}
