package org.opendividend.registry.control;

import org.opendividend.outputs.entity.OutputType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One open output of a funded project as the registry shows it: its position in the award, type, title, licence
 * (SPDX id: the registered one once registered, else the planned one) and whether that licence is open for the type,
 * the link, the planned release, its languages (ISO 639-3), its state, when it was verified (only while verified), the
 * MOF class its components reach (model weights once registered: 3, 2, 1, 0 for none; null otherwise) and the class
 * the call requires (0: none).
 */
public record RegistryOutput(int position, OutputType type, String title, String licence, boolean openLicence,
                             String link, LocalDate releaseBy, List<String> languages, OutputState state,
                             Instant verifiedAt, Integer mofClass, int requiredMofClass) {

    public RegistryOutput {
        languages = List.copyOf(languages);
    }

    /** Whether the link can be offered to a browser as one: only http(s), never javascript: or the like. */
    public boolean linkable() {
        return linkable(link);
    }

    static boolean linkable(String link) {
        return link != null && (link.startsWith("https://") || link.startsWith("http://"));
    }

    /** The MOF class reached as the framework writes it (I, II, III), "0" for none, "" when it does not apply. */
    public String mofReached() {
        return mofClass == null ? "" : roman(mofClass);
    }

    /** The MOF class the call requires (I, II, III), "" when none. */
    public String mofRequired() {
        return requiredMofClass == 0 ? "" : roman(requiredMofClass);
    }

    private static String roman(int mofClass) {
        return switch (mofClass) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "0";
        };
    }
}
