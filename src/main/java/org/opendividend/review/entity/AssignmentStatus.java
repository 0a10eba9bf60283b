package org.opendividend.review.entity;

import org.opendividend.platform.workflow.Labelled;

/** Where one reviewer's assignment to one application stands; {@link AssignmentWorkflow} says what each allows. Stored by name. */
public enum AssignmentStatus implements Labelled {
    /** Assigned (by a run or by hand); the reviewer has not yet declared whether they have a conflict. */
    ASSIGNED,
    /** The reviewer declared no conflict: they read the application and write their review. */
    ACCEPTED,
    /** The reviewer declared a conflict: they never see the application; a replacement is needed. */
    CONFLICT_DECLARED,
    /** The reviewer declined with a reason: a replacement is needed. */
    DECLINED,
    /** The review is submitted and locked. */
    SUBMITTED,
    /** An officer took the assignment back (a manual move): it counts for nothing. */
    WITHDRAWN;

    @Override
    public String labelKey() {
        return "assignment.status." + name();
    }
}
