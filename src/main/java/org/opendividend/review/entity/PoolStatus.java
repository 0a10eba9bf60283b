package org.opendividend.review.entity;

/** Where a reviewer stands in a pool: invited (and counted on), or declined with a reason. */
public enum PoolStatus {
    INVITED, DECLINED;

    public String labelKey() {
        return "reviewers.status." + name();
    }

    /** Whether the reviewer may still answer the invitation (decline it). */
    public boolean isAwaitingAnswer() {
        return this == INVITED;
    }

    /** Whether the reviewer declined, with a reason the officers read. */
    public boolean isDeclined() {
        return this == DECLINED;
    }
}
