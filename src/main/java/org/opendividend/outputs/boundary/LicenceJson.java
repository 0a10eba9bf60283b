package org.opendividend.outputs.boundary;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.opendividend.outputs.control.LicenceClassification;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Texts;

import java.util.List;
import java.util.Locale;

/** The JSON form of licence classifications, as the {@link Licences} resource answers them. */
final class LicenceJson {

    private LicenceJson() {
    }

    static JsonObject classification(LicenceClassification licence, Locale locale) {
        JsonArrayBuilder types = Jsons.createArrayBuilder();
        licence.appropriateFor().forEach(type -> types.add(type.name()));
        JsonArrayBuilder reasons = Jsons.createArrayBuilder();
        licence.reasonKeys().forEach(key -> reasons.add(Jsons.createObjectBuilder()
                .add("key", key)
                .add("text", Texts.text(locale, key))));
        return Jsons.createObjectBuilder()
                .add("id", licence.id())
                .add("name", licence.name())
                .add("open", licence.open())
                .add("osiApproved", licence.osiApproved())
                .add("fsfLibre", licence.fsfLibre())
                .add("openDefinition", licence.openDefinition())
                .add("deprecated", licence.deprecated())
                .add("appropriateFor", types)
                .add("reasons", reasons)
                .build();
    }

    static JsonObject listing(OutputType type, List<String> defaults, List<LicenceClassification> licences,
            Locale locale) {
        JsonArrayBuilder all = Jsons.createArrayBuilder();
        licences.forEach(licence -> all.add(classification(licence, locale)));
        return Jsons.createObjectBuilder()
                .add("outputType", type.name())
                .add("defaults", Jsons.createArrayBuilder(defaults))
                .add("licences", all)
                .build();
    }
}
