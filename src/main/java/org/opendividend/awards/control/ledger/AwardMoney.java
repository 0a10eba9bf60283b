package org.opendividend.awards.control.ledger;

/**
 * One ministry's money in one accepted award: what it committed (its part of the award, as the funding decision split
 * it) and what it has paid of it so far. Whole TWD.
 */
public record AwardMoney(long awardId, String awardNumber, long callId, String ministryCode, long committed,
                         long paid) {

    /** What the ministry still owes the grantee under this award; a payment above it is refused before it is made. */
    public long unpaid() {
        return committed - paid;
    }

    /** Paid more than committed: cannot happen through the application, shown loudly if the books say so. */
    public boolean overpaid() {
        return paid > committed;
    }
}
