package org.opendividend.outputs.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every key the licence knowledge base gives has a text in both languages. */
class LicenceMessagesTest {

    @Test
    void everyKeyIsTranslated() {
        List<String> keys = new ArrayList<>(LicenceReasons.all());
        Stream.of(OutputType.values()).map(OutputType::labelKey).forEach(keys::add);
        keys.add("licence.error.outputType");
        List<String> missing = new ArrayList<>();
        for (Locale locale : Languages.SUPPORTED) {
            keys.stream().filter(key -> Texts.text(locale, key).equals(key)).forEach(key -> missing.add(key + " " + locale));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void reasonsOfTheCatalogueAreAmongTheKnownKeys() {
        LicenceCatalogue catalogue = new LicenceCatalogue();
        List<String> unknown = Stream.of(OutputType.values())
                .flatMap(type -> Stream.of("cc-by-nc-nd-4.0", "llama2", "other", "unknown", "bsd", "BUSL-1.1", "GPL-1.0",
                        "deepfloyd-if-license", "MIT", "CC-BY-4.0", "nothing-at-all")
                        .flatMap(id -> catalogue.refusalReasons(id, type).stream()))
                .filter(key -> !LicenceReasons.all().contains(key))
                .distinct().toList();
        assertEquals(List.of(), unknown);
    }
}
