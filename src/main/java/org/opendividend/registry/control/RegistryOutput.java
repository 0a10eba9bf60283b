package org.opendividend.registry.control;

import org.opendividend.outputs.entity.OutputType;

import java.time.LocalDate;
import java.util.List;

/**
 * One open output of a funded project as the registry shows it: type, title, licence (SPDX id) and whether that
 * licence is open for the type, the link, the planned release, its languages (ISO 639-3) and its verification state.
 */
public record RegistryOutput(OutputType type, String title, String licence, boolean openLicence, String link,
                             LocalDate releaseBy, List<String> languages, OutputState state) {

    public RegistryOutput {
        languages = List.copyOf(languages);
    }

    /** Whether the link can be offered to a browser as one: only http(s), never javascript: or the like. */
    public boolean linkable() {
        return link != null && (link.startsWith("https://") || link.startsWith("http://"));
    }
}
