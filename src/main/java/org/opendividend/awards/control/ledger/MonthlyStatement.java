package org.opendividend.awards.control.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What one ministry's statement of one month says: per call its share of the budget, what its accepted awards committed,
 * what it paid in the month and up to the month's end, and each payment of the month. Whole TWD; months and value dates
 * in Asia/Taipei.
 */
public record MonthlyStatement(String ministryZhTw, String ministryEn, YearMonth month, Instant issuedAt,
                               List<CallLine> calls, List<PaymentLine> payments) {

    public MonthlyStatement {
        calls = List.copyOf(calls);
        payments = List.copyOf(payments);
    }

    /** A call in the statement. */
    public record CallLine(long callId, String titleZhTw, String titleEn, long budget, long committed,
                           long paidToMonthEnd, long paidInMonth) {

        public long remaining() {
            return budget - committed;
        }

        public long unpaid() {
            return committed - paidToMonthEnd;
        }
    }

    /** A payment made in the month, by its value date. */
    public record PaymentLine(LocalDate valueDate, String awardNumber, int tranche, String reference, long amount) {
    }

    /** Everything paid in the month. */
    public long paidInMonth() {
        return payments.stream().mapToLong(PaymentLine::amount).sum();
    }
}
