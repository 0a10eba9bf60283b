package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The row whose write lock serialises the assignment's actions on one call (a solver run, an assignment by hand, the
 * mail of new assignments): each reads the call's gaps or unmailed assignments and acts on them, which two officers at
 * once would otherwise both do. It has nothing but its call's id.
 */
@Entity
@Table(name = "assignment_call_lock")
public class AssignmentCallLock {

    @Id
    @Column(name = "call_id")
    private Long callId;

    protected AssignmentCallLock() {
    }

    public AssignmentCallLock(long callId) {
        this.callId = callId;
    }

    public long callId() { return callId; }
}
