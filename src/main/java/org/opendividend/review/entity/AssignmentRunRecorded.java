package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;

/**
 * An officer ran the assignment solver for a call: the run is stored ({@link AssignmentRun}) with its instance, and
 * either its objective and the assignments made, or the diagnosis. Audited under the call.
 */
public record AssignmentRunRecorded(Actor actor, long callId, long runId, boolean feasible, Long objective,
                                    int assigned, String diagnosis) implements CallAssignmentEvent {

    @Override
    public AssignmentChange action() {
        return AssignmentChange.ASSIGNMENT_RUN;
    }

    @Override
    public String summary() {
        return "assignment run " + runId + (feasible ? ": " + assigned + " reviews assigned, objective " + objective
                : ": no assignment exists: " + diagnosis);
    }
}
