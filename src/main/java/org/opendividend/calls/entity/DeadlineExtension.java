package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A later closing instant granted after publication, with the reason, shown publicly on the call. */
@Entity
@Table(name = "call_deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "previous_closes_at", nullable = false)
    private Instant previousClosesAt;

    @Column(name = "new_closes_at", nullable = false)
    private Instant newClosesAt;

    @Column(nullable = false)
    private String reason;

    @Column(name = "extended_by_name", nullable = false)
    private String extendedByName;

    @Column(name = "extended_at", nullable = false)
    private Instant extendedAt;

    protected DeadlineExtension() {
    }

    DeadlineExtension(Instant previousClosesAt, Instant newClosesAt, String reason, String extendedByName, Instant extendedAt) {
        this.previousClosesAt = previousClosesAt;
        this.newClosesAt = newClosesAt;
        this.reason = reason;
        this.extendedByName = extendedByName;
        this.extendedAt = extendedAt;
    }

    public Instant previousClosesAt() {
        return previousClosesAt;
    }

    public Instant newClosesAt() {
        return newClosesAt;
    }

    public String reason() {
        return reason;
    }

    public String extendedByName() {
        return extendedByName;
    }

    public Instant extendedAt() {
        return extendedAt;
    }
}
