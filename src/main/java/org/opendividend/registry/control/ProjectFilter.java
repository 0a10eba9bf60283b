package org.opendividend.registry.control;

import org.opendividend.outputs.entity.OutputType;

import java.util.List;
import java.util.Locale;

/**
 * What a visitor narrowed the registry to; a null field does not narrow. A project matches when a ministry leads or
 * co-funds it, when one of its outputs is for the language, when one of its outputs has the type, the licence (SPDX
 * id, in any case) and the state asked for (each of these on the same output, so that "datasets under CC-BY-4.0"
 * means one such dataset), and when it shows the facet.
 */
public record ProjectFilter(String ministry, String language, OutputType outputType, String licence,
                            OutputState state, PublicAiFacet facet) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null);

    public boolean matches(RegistryProject p) {
        return (ministry == null || p.ministries().contains(ministry))
                && (language == null || p.languages().contains(language))
                && (facet == null || p.facets().contains(facet))
                && (outputType == null && licence == null && state == null || p.outputs().stream().anyMatch(this::matches));
    }

    private boolean matches(RegistryOutput o) {
        return (outputType == null || o.type() == outputType)
                && (licence == null || o.licence() != null
                && o.licence().toLowerCase(Locale.ROOT).equals(licence.toLowerCase(Locale.ROOT)))
                && (state == null || o.state() == state);
    }

    public List<RegistryProject> apply(List<RegistryProject> projects) {
        return projects.stream().filter(this::matches).toList();
    }
}
