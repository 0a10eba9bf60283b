package org.opendividend.registry.control;

import jakarta.json.JsonArrayBuilder;
import org.opendividend.platform.Jsons;

import java.util.List;

/**
 * A bar chart as PrimeFaces' {@code p:chart} takes it (a Chart.js configuration in JSON): labels and one or more
 * series of numbers. The page shows a table of the same figures beside it, for readers who cannot see the chart.
 */
public final class ChartJson {

    private ChartJson() {
    }

    /** One series: its legend and its values, in the order of the labels. */
    public record Series(String label, List<? extends Number> values, String colour) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public static String bar(List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Jsons.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Jsons.createArrayBuilder();
            s.values().forEach(v -> data.add(v.longValue()));
            datasets.add(Jsons.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()));
        }
        return Jsons.createObjectBuilder()
                .add("type", "bar")
                .add("data", Jsons.createObjectBuilder().add("labels", Jsons.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", Jsons.createObjectBuilder().add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false))
                .build().toString();
    }
}
