package org.opendividend.outputs.entity;

/** What a funded project releases. Each kind has its own expectations of an open licence. */
public enum OutputType {
    CODE, MODEL_WEIGHTS, DATASET, DOCUMENTATION, EVALUATION;

    public String labelKey() {
        return "output.type." + name();
    }
}
