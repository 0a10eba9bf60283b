package org.opendividend.registry.control;

/**
 * Where a project's output stands as the public registry shows it, the states of an output obligation in DESIGN.md.
 * Until outputs' registrations and verdicts are read ({@link ObligationOutputs}), every output is {@link #PLANNED}.
 */
public enum OutputState {
    PLANNED, REGISTERED, CHECKED, VERIFIED, NON_COMPLIANT;

    public String labelKey() {
        return "registry.state." + name();
    }
}
