package org.opendividend.calls.entity;

import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.util.List;
import java.util.Optional;

/**
 * The lifecycle of a call as a transition table:
 * Draft → Published → Open → Closed → In review → Decided → Archived.
 * Opening and closing happen at the call's instants (decided on the server); publishing and deciding need an
 * approver of the lead ministry who never edited the call.
 */
public final class CallWorkflow {

    /** One row of the table. */
    public record Transition(CallStatus from, CallAction action, CallStatus to, CallActor who) {
    }

    public static final List<Transition> TABLE = List.of(
            new Transition(CallStatus.DRAFT, CallAction.PUBLISH, CallStatus.PUBLISHED, CallActor.LEAD_APPROVER_NOT_EDITOR),
            new Transition(CallStatus.PUBLISHED, CallAction.OPEN, CallStatus.OPEN, CallActor.SYSTEM),
            new Transition(CallStatus.OPEN, CallAction.CLOSE, CallStatus.CLOSED, CallActor.SYSTEM),
            new Transition(CallStatus.CLOSED, CallAction.START_REVIEW, CallStatus.IN_REVIEW, CallActor.LEAD_OFFICER),
            new Transition(CallStatus.IN_REVIEW, CallAction.DECIDE, CallStatus.DECIDED, CallActor.LEAD_APPROVER_NOT_EDITOR),
            new Transition(CallStatus.DECIDED, CallAction.ARCHIVE, CallStatus.ARCHIVED, CallActor.LEAD_OFFICER));

    private CallWorkflow() {
    }

    public static Optional<Transition> find(CallStatus from, CallAction action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The step people may take with the action from the state, refused when the table has none. */
    public static Transition manualTransition(CallStatus from, CallAction action) {
        return find(from, action).filter(t -> t.who() != CallActor.SYSTEM)
                .orElseThrow(() -> new ForbiddenTransitionException(from.labelKey(), action.labelKey()));
    }

    /** The actions people (not the system) may take from a state. */
    public static List<Transition> manualFrom(CallStatus from) {
        return TABLE.stream().filter(t -> t.from() == from && t.who() != CallActor.SYSTEM).toList();
    }
}
