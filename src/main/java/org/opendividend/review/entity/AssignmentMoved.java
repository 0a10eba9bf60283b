package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.events.DomainEvent;

/**
 * An officer moved one assignment by hand: withdrew it ({@link AssignmentAction#WITHDRAW}), assigned a withdrawn one
 * again ({@link AssignmentAction#REASSIGN}) or assigned a reviewer anew ({@link AssignmentChange#ASSIGNED_BY_HAND}),
 * perhaps beyond a load the officer confirmed. Audited under the application.
 *
 * @param confirmedWarnings what the officer confirmed going beyond (empty when nothing)
 */
public record AssignmentMoved(Actor actor, long applicationId, long assignmentId, String reviewerSubject,
                              AuditedAction action, String confirmedWarnings) implements DomainEvent {

    public AssignmentMoved {
        if (!(action == AssignmentAction.WITHDRAW || action == AssignmentAction.REASSIGN
                || action == AssignmentChange.ASSIGNED_BY_HAND)) {
            throw new IllegalArgumentException("not a move by hand: " + action);
        }
    }

    @Override
    public String objectType() {
        return "Application";
    }

    @Override
    public String objectId() {
        return Long.toString(applicationId);
    }

    @Override
    public String summary() {
        return (action == AssignmentAction.WITHDRAW ? "assignment " + assignmentId + " of reviewer " + reviewerSubject
                + " withdrawn" : "reviewer " + reviewerSubject + " assigned by hand (assignment " + assignmentId + ")")
                + (confirmedWarnings == null || confirmedWarnings.isEmpty() ? "" : ", confirmed: " + confirmedWarnings);
    }
}
