package org.opendividend.review.entity;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;

/**
 * A reviewer took a step on their assignment (declared no conflict or a conflict, declined, submitted the review):
 * audited under the assignment, with the kind of conflict and the reason the officers read.
 */
public record AssignmentAnswered(Actor actor, long assignmentId, long applicationId, AssignmentAction action,
                                 DeclaredConflictKind conflictKind, String reason) implements DomainEvent {

    @Override
    public String objectType() {
        return "ReviewAssignment";
    }

    @Override
    public String objectId() {
        return Long.toString(assignmentId);
    }

    @Override
    public String summary() {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " on application " + applicationId
                + (conflictKind == null ? "" : " (" + conflictKind.name() + ")")
                + (reason == null ? "" : ": " + reason);
    }
}
