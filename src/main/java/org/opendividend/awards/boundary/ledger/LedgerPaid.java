package org.opendividend.awards.boundary.ledger;

import org.opendividend.awards.boundary.disbursement.PaymentRecord;

import java.time.YearMonth;
import java.util.List;

/** A ministry's payments as a month's statement divides them by value date: in the month, and up to its end. */
record LedgerPaid(List<PaymentRecord> all, YearMonth month) {

    List<PaymentRecord> toMonthEnd() {
        return all.stream().filter(p -> !p.valueDate().isAfter(month.atEndOfMonth())).toList();
    }

    List<PaymentRecord> inMonth() {
        return all.stream().filter(p -> YearMonth.from(p.valueDate()).equals(month)).toList();
    }
}
