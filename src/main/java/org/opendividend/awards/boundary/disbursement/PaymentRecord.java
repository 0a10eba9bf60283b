package org.opendividend.awards.boundary.disbursement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One payment as {@link Payments} reads it: the share of tranche {@code tranchePosition} (from 0) of an award that
 * {@code ministryCode} paid, in whole TWD, under its reference and value date, recorded by {@code paidBy} (a subject)
 * at {@code paidAt}.
 */
public record PaymentRecord(long awardId, String awardNumber, long callId, int tranchePosition, String ministryCode,
                            long amount, String paymentReference, LocalDate valueDate, Instant paidAt, String paidBy) {
}
