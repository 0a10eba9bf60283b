package org.opendividend.registry.control;

/**
 * Where a project's output stands as the public registry shows it: the states of an output obligation in DESIGN.md,
 * read from the outputs component ({@link ObligationOutputs}; an obligation it does not track is {@link #PLANNED}).
 */
public enum OutputState {
    PLANNED, REGISTERED, CHECKED, VERIFIED, NON_COMPLIANT;

    public String labelKey() {
        return "registry.state." + name();
    }
}
