package org.opendividend.awards.control.ledger;

/**
 * One ministry's money in one call: the share of the call's budget it put in, what its accepted awards committed and
 * what it paid. Whole TWD.
 */
public record CallMoney(long callId, String ministryCode, long budget, long committed, long paid) {

    /** What is left of the ministry's share for further awards (the reserve list, a later round). */
    public long remaining() {
        return budget - committed;
    }

    /** Committed but not yet paid. */
    public long unpaid() {
        return committed - paid;
    }

    /** Committed more than the share: the funding decision keeps within budget, so this is shown, never hidden. */
    public boolean overcommitted() {
        return committed > budget;
    }
}
