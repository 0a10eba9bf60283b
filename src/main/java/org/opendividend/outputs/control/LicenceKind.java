package org.opendividend.outputs.control;

import org.opendividend.outputs.entity.OutputType;

import java.util.EnumSet;
import java.util.Set;

import static org.opendividend.outputs.entity.OutputType.CODE;
import static org.opendividend.outputs.entity.OutputType.DATASET;
import static org.opendividend.outputs.entity.OutputType.DOCUMENTATION;
import static org.opendividend.outputs.entity.OutputType.EVALUATION;
import static org.opendividend.outputs.entity.OutputType.MODEL_WEIGHTS;

/**
 * What a licence is written for, and so which outputs it suits.
 * <ul>
 * <li>Software licences (the bulk of SPDX) suit code, and also model weights and evaluation tools: weights are
 * shipped like software, and Apache-2.0 and MIT are what much of the open model ecosystem uses. They do not suit
 * datasets (they speak of "software" and say nothing of database rights) nor documentation (prose is reused,
 * translated and quoted, which the Creative Commons licences are written for).</li>
 * <li>Data licences (ODbL, PDDL, CDLA, government open data licences) suit datasets, model weights and
 * evaluation data.</li>
 * <li>Licences for both data and creative content (CC BY, CC BY-SA; 4.0 also covers database rights) suit
 * everything but code: Creative Commons itself advises against them for software.</li>
 * <li>Content-only licences (GNU FDL, Free Art) suit documentation.</li>
 * <li>A public domain dedication (CC0) suits every output.</li>
 * <li>Model licences (RAIL, Llama, Gemma) are written for model weights.</li>
 * </ul>
 */
enum LicenceKind {
    SOFTWARE(EnumSet.of(CODE, MODEL_WEIGHTS, EVALUATION)),
    DATA(EnumSet.of(MODEL_WEIGHTS, DATASET, EVALUATION)),
    DATA_AND_CONTENT(EnumSet.of(MODEL_WEIGHTS, DATASET, DOCUMENTATION, EVALUATION)),
    CONTENT(EnumSet.of(DOCUMENTATION)),
    PUBLIC_DOMAIN(EnumSet.allOf(OutputType.class)),
    MODEL(EnumSet.of(MODEL_WEIGHTS)),
    /** Unstated or custom terms: nothing can be said of them. */
    UNDETERMINED(EnumSet.noneOf(OutputType.class));

    private final Set<OutputType> appropriateFor;

    LicenceKind(Set<OutputType> appropriateFor) {
        this.appropriateFor = appropriateFor;
    }

    Set<OutputType> appropriateFor() {
        return appropriateFor;
    }
}
