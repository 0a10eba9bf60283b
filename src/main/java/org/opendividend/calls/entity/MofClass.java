package org.opendividend.calls.entity;

/**
 * The Model Openness Framework class a funded model must reach: III (open model), II (open tooling), I (open
 * science); NONE when the call funds no models.
 */
public enum MofClass {
    NONE, CLASS_III, CLASS_II, CLASS_I;

    public String labelKey() {
        return "mof.class." + name();
    }
}
