package org.opendividend.review.entity;

/** Where a reviewer stands in a pool: invited (and counted on), or declined with a reason. */
public enum PoolStatus {
    INVITED, DECLINED;

    public String labelKey() {
        return "reviewers.status." + name();
    }
}
