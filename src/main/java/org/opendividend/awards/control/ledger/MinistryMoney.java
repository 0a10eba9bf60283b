package org.opendividend.awards.control.ledger;

/** One ministry's money over all the calls it funds: the sum of its {@link CallMoney}. Whole TWD. */
public record MinistryMoney(String ministryCode, long budget, long committed, long paid) {

    public long remaining() {
        return budget - committed;
    }

    public long unpaid() {
        return committed - paid;
    }
}
