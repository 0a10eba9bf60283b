package org.opendividend.outputs.control;

import org.opendividend.outputs.entity.OutputType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The licences offered first for each kind of output, in the order of preference of the fund's policy: OSI-approved
 * licences for code, open data licences for model weights and data, Creative Commons for documentation, and both
 * for evaluation (which is code and data).
 */
final class LicenceDefaults {

    static final List<String> CODE = List.of("Apache-2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause",
            "GPL-3.0-or-later", "LGPL-3.0-or-later", "MPL-2.0", "AGPL-3.0-or-later", "EUPL-1.2");

    /** OGDL-Taiwan-1.0 is the SPDX spelling of what the Open Knowledge Foundation's list calls OGL-TW-1.0. */
    static final List<String> DATA = List.of("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CDLA-Permissive-2.0",
            "ODbL-1.0", "PDDL-1.0", "OGDL-Taiwan-1.0");

    static final List<String> DOCUMENTATION = List.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0");

    private LicenceDefaults() {
    }

    static List<String> of(OutputType type) {
        return switch (type) {
            case CODE -> CODE;
            case MODEL_WEIGHTS, DATASET -> DATA;
            case DOCUMENTATION -> DOCUMENTATION;
            case EVALUATION -> {
                Set<String> both = new LinkedHashSet<>(CODE);
                both.addAll(DATA);
                yield List.copyOf(both);
            }
        };
    }
}
