package org.opendividend.calls.entity;

import org.opendividend.platform.workflow.Workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;
import static org.opendividend.calls.entity.CallAction.ARCHIVE;
import static org.opendividend.calls.entity.CallAction.CLOSE;
import static org.opendividend.calls.entity.CallAction.DECIDE;
import static org.opendividend.calls.entity.CallAction.OPEN;
import static org.opendividend.calls.entity.CallAction.PUBLISH;
import static org.opendividend.calls.entity.CallAction.START_REVIEW;
import static org.opendividend.calls.entity.CallActor.FUNDING_DECISION;
import static org.opendividend.calls.entity.CallActor.LEAD_APPROVER_NOT_EDITOR;
import static org.opendividend.calls.entity.CallActor.LEAD_OFFICER;
import static org.opendividend.calls.entity.CallActor.SYSTEM;

/**
 * The lifecycle of a call as one table:
 * Draft → Published → Open → Closed → In review → Decided → Archived.
 * Opening and closing happen at the call's instants (decided on the server, recorded by the schedule row by row);
 * publishing needs an approver of the lead ministry who never edited the call; the call is decided when its funding
 * decision is taken (closed or in review), in the same transaction, never by hand. And what holds in each state: what
 * may still be edited, whether the public sees the call, whether it takes applications.
 */
public final class CallWorkflow {

    /** What may still be changed in a state. */
    public enum Editing {
        /** Nothing. */
        NONE,
        /** Everything written in it, the shares and their answers: a draft. */
        WHOLE,
        /** The texts (typos, clarifications) and the deadline (later, with a public reason): published or open. */
        TEXTS_AND_DEADLINE
    }

    /**
     * What holds while a call is in a state.
     *
     * @param takesFundingDecision its funding decision may be written and proposed: applications are no longer taken
     *                             and the call is not decided yet (closed, or in review)
     */
    public record State(Editing editing, boolean isPublic, boolean acceptsApplications, boolean takesFundingDecision) {
    }

    public static final Workflow<CallStatus, CallAction, CallActor, State> RULES = new Workflow<>(
            CallStatus.class,
            List.of(
                    row(CallStatus.DRAFT, PUBLISH, CallStatus.PUBLISHED, LEAD_APPROVER_NOT_EDITOR),
                    row(CallStatus.PUBLISHED, OPEN, CallStatus.OPEN, SYSTEM),
                    row(CallStatus.OPEN, CLOSE, CallStatus.CLOSED, SYSTEM),
                    row(CallStatus.CLOSED, START_REVIEW, CallStatus.IN_REVIEW, LEAD_OFFICER),
                    row(CallStatus.CLOSED, DECIDE, CallStatus.DECIDED, FUNDING_DECISION),
                    row(CallStatus.IN_REVIEW, DECIDE, CallStatus.DECIDED, FUNDING_DECISION),
                    row(CallStatus.DECIDED, ARCHIVE, CallStatus.ARCHIVED, LEAD_OFFICER)),
            Map.ofEntries(
                    entry(CallStatus.DRAFT, new State(Editing.WHOLE, false, false, false)),
                    entry(CallStatus.PUBLISHED, new State(Editing.TEXTS_AND_DEADLINE, true, false, false)),
                    entry(CallStatus.OPEN, new State(Editing.TEXTS_AND_DEADLINE, true, true, false)),
                    entry(CallStatus.CLOSED, new State(Editing.NONE, true, false, true)),
                    entry(CallStatus.IN_REVIEW, new State(Editing.NONE, true, false, true)),
                    entry(CallStatus.DECIDED, new State(Editing.NONE, true, false, false)),
                    entry(CallStatus.ARCHIVED, new State(Editing.NONE, true, false, false))));

    /** The rows of the table. */
    public static final List<Workflow.Transition<CallStatus, CallAction, CallActor>> TABLE = RULES.rows();

    private CallWorkflow() {
    }

    public static Optional<Workflow.Transition<CallStatus, CallAction, CallActor>> find(CallStatus from, CallAction action) {
        return RULES.find(from, action);
    }

    /** The step people may take with the action from the state, refused when the table has none. */
    public static Workflow.Transition<CallStatus, CallAction, CallActor> manualTransition(CallStatus from, CallAction action) {
        return RULES.transition(from, action, CallActor::isPerson);
    }

    /** The step that records the call's funding decision as taken, refused from a state the table has none from. */
    public static Workflow.Transition<CallStatus, CallAction, CallActor> fundingDecisionTransition(CallStatus from) {
        return RULES.transition(from, DECIDE, who -> who == FUNDING_DECISION);
    }

    /** The actions people (not the system, not the funding decision) may take from a state. */
    public static List<Workflow.Transition<CallStatus, CallAction, CallActor>> manualFrom(CallStatus from) {
        return RULES.from(from).stream().filter(t -> t.who().isPerson()).toList();
    }

    /** What holds in a state. */
    public static State state(CallStatus status) {
        return RULES.state(status);
    }

    /** The states the schedule moves on by itself (the table has a step of the system's from them). */
    public static Set<CallStatus> scheduled() {
        return RULES.statesWithStepsBy(SYSTEM);
    }

    /** The states the public sees. */
    public static Set<CallStatus> publicStates() {
        return RULES.statesWhere(State::isPublic);
    }

    /**
     * The system's steps, row by row, from the recorded state to the one the schedule has reached; none when the
     * table has no way there (the schedule never moves a call back, e.g. with the clock behind its record).
     */
    public static List<Workflow.Transition<CallStatus, CallAction, CallActor>> scheduleSteps(CallStatus recorded,
                                                                                             CallStatus reached) {
        return RULES.path(recorded, reached, SYSTEM).orElse(List.of());
    }

    private static Workflow.Transition<CallStatus, CallAction, CallActor> row(CallStatus from, CallAction action,
                                                                              CallStatus to, CallActor who) {
        return new Workflow.Transition<>(from, action, to, who);
    }
}
