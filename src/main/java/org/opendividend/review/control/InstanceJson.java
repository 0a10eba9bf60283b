package org.opendividend.review.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import org.opendividend.platform.Jsons;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the solvers' instance files share (docs/assignment-instance.md, docs/portfolio-instance.md): pretty-printed
 * JSON, language sets as sorted arrays, and notices written with their key, arguments and text in both languages, so
 * that whoever reads a result file needs no bundle.
 */
final class InstanceJson {

    private InstanceJson() {
    }

    static JsonObjectBuilder notice(String severity, String key, List<Object> arguments) {
        Object[] values = arguments.toArray();
        return Jsons.createObjectBuilder()
                .add("severity", severity)
                .add("key", key)
                .add("arguments", Jsons.createArrayBuilder(arguments))
                .add("en", Texts.text(Languages.EN, key, values))
                .add("zhTw", Texts.text(Languages.ZH_TW, key, values));
    }

    static void write(JsonObjectBuilder root, Writer target) {
        JsonWriterFactory factory = JsonProvider.provider()
                .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(target)) {
            writer.writeObject(root.build());
        }
    }

    static Set<String> strings(JsonArray array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            array.getValuesAs(JsonString.class).forEach(s -> values.add(s.getString()));
        }
        return values;
    }

    static JsonArrayBuilder sorted(Set<String> values) {
        return Jsons.createArrayBuilder(values.stream().sorted().toList());
    }
}
