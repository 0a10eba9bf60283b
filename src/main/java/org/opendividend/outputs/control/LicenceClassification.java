package org.opendividend.outputs.control;

import org.opendividend.outputs.entity.OutputType;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the fund knows about one licence: the verdicts of the bodies that judge openness, whether the fund counts
 * it as open, and the kinds of output it is meant for.
 *
 * @param id             canonical identifier: the SPDX spelling where SPDX lists the licence ({@code Apache-2.0},
 *                       {@code OGDL-Taiwan-1.0}), else the Hugging Face identifier ({@code llama2}, {@code openrail})
 * @param name           the licence's own (English) name
 * @param osiApproved    approved by the Open Source Initiative (from SPDX)
 * @param fsfLibre       free (libre) according to the Free Software Foundation (from SPDX)
 * @param openDefinition conformant with the Open Definition (curated from opendefinition.org)
 * @param deprecated     SPDX deprecated this identifier in favour of a more precise one
 * @param open           the fund accepts it as an open licence
 * @param appropriateFor the output types the licence is written for, whether or not it is open
 * @param reasonKeys     message keys: why it is not open, and notes such as a deprecated identifier
 */
public record LicenceClassification(String id, String name, boolean osiApproved, boolean fsfLibre,
        boolean openDefinition, boolean deprecated, boolean open, Set<OutputType> appropriateFor,
        List<String> reasonKeys) {

    public LicenceClassification {
        // kept in declaration order, so that JSON answers and pages list the types the same way every time
        appropriateFor = appropriateFor.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(appropriateFor));
        reasonKeys = List.copyOf(reasonKeys);
    }

    /** Whether a funded output of this type may be released under this licence. */
    public boolean allowedFor(OutputType type) {
        return open && appropriateFor.contains(type);
    }
}
