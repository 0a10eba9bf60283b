package org.opendividend.awards.entity.disbursement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The payment of one disbursement, recorded by a finance user of the paying ministry: its reference (unique), the value
 * date, the amount, who recorded it and when, and the idempotency key of the request that recorded it. Inserted,
 * never looked for first: the schema's unique constraints (one payment per disbursement, per reference, per key) make
 * a repeated or concurrent request pay once. Never changed once written.
 */
@Entity
@Table(name = "disbursement_payment")
public class Payment {

    /** The longest payment reference and idempotency key the columns keep. */
    public static final int REFERENCE_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disbursement_id", nullable = false, unique = true)
    private long disbursementId;

    @Column(name = "payment_reference", nullable = false, unique = true, length = REFERENCE_MAX)
    private String paymentReference;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = REFERENCE_MAX)
    private String idempotencyKey;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(name = "paid_by", nullable = false)
    private String paidBy;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    protected Payment() {
    }

    public static Payment of(Disbursement paid, String reference, String idempotencyKey, LocalDate valueDate,
                             String finance, Instant now) {
        Payment p = new Payment();
        p.disbursementId = Objects.requireNonNull(paid.id());
        p.paymentReference = Objects.requireNonNull(reference);
        p.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        p.amount = paid.amount();
        p.valueDate = Objects.requireNonNull(valueDate);
        p.paidBy = Objects.requireNonNull(finance);
        p.paidAt = now.truncatedTo(ChronoUnit.MICROS);
        return p;
    }

    public Long id() {
        return id;
    }

    public long disbursementId() {
        return disbursementId;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public long amount() {
        return amount;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public String paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
