package org.opendividend.outputs.entity;

import org.opendividend.platform.workflow.Workflow;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.opendividend.outputs.entity.ObligationAction.CHECK_OUTPUT;
import static org.opendividend.outputs.entity.ObligationAction.FLAG_OUTPUT;
import static org.opendividend.outputs.entity.ObligationAction.MARK_NON_COMPLIANT;
import static org.opendividend.outputs.entity.ObligationAction.REGISTER_OUTPUT;
import static org.opendividend.outputs.entity.ObligationAction.VERIFY_OUTPUT;
import static org.opendividend.outputs.entity.ObligationState.CHECKED;
import static org.opendividend.outputs.entity.ObligationState.NON_COMPLIANT;
import static org.opendividend.outputs.entity.ObligationState.PLANNED;
import static org.opendividend.outputs.entity.ObligationState.REGISTERED;
import static org.opendividend.outputs.entity.ObligationState.VERIFIED;

/**
 * An output obligation as one table: the grantee registers the output (again after a verdict, to fix or update it),
 * the system checks it at once and again on the schedule, an officer verifies it or marks it non-compliant. A re-check
 * of a verified output keeps it verified unless it finds a change, which flags it back to the officer (checked). A
 * non-compliant output is re-checked only once the grantee registered it again: the officer's reason stands until
 * then.
 */
public final class ObligationWorkflow {

    /** Who takes a step: the award's organisation, the fund's own checks, an officer of the award's ministries. */
    public enum Who { GRANTEE, SYSTEM, OFFICER }

    /**
     * What holds in a state.
     *
     * @param waitsFor     who takes the next step ({@code null}: nobody has to)
     * @param verified     the retained tranche counts it as verified
     * @param rechecked    the scheduled re-verification runs its checks
     */
    public record State(Who waitsFor, boolean verified, boolean rechecked) {
    }

    public static final Workflow<ObligationState, ObligationAction, Who, State> RULES = new Workflow<>(
            ObligationState.class,
            List.of(
                    row(PLANNED, REGISTER_OUTPUT, REGISTERED, Who.GRANTEE),
                    row(REGISTERED, CHECK_OUTPUT, CHECKED, Who.SYSTEM),
                    row(CHECKED, CHECK_OUTPUT, CHECKED, Who.SYSTEM),
                    row(CHECKED, REGISTER_OUTPUT, REGISTERED, Who.GRANTEE),
                    row(CHECKED, VERIFY_OUTPUT, VERIFIED, Who.OFFICER),
                    row(CHECKED, MARK_NON_COMPLIANT, NON_COMPLIANT, Who.OFFICER),
                    row(VERIFIED, CHECK_OUTPUT, VERIFIED, Who.SYSTEM),
                    row(VERIFIED, FLAG_OUTPUT, CHECKED, Who.SYSTEM),
                    row(VERIFIED, REGISTER_OUTPUT, REGISTERED, Who.GRANTEE),
                    row(NON_COMPLIANT, REGISTER_OUTPUT, REGISTERED, Who.GRANTEE)),
            Map.ofEntries(
                    entry(PLANNED, new State(Who.GRANTEE, false, false)),
                    entry(REGISTERED, new State(Who.SYSTEM, false, false)),
                    entry(CHECKED, new State(Who.OFFICER, false, true)),
                    entry(VERIFIED, new State(null, true, true)),
                    entry(NON_COMPLIANT, new State(Who.GRANTEE, false, false))));

    private ObligationWorkflow() {
    }

    public static State state(ObligationState state) {
        return RULES.state(state);
    }

    private static Workflow.Transition<ObligationState, ObligationAction, Who> row(ObligationState from,
            ObligationAction action, ObligationState to, Who who) {
        return new Workflow.Transition<>(from, action, to, who);
    }
}
