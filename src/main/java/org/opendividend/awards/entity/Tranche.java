package org.opendividend.awards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment of an award: its share in percent, its amount in whole TWD (the tranches add up to the award exactly),
 * the date it falls due, the report due before it (none for the first) and what releases it; the retained final share
 * waits for the final report and every output verified open.
 */
@Embeddable
public record Tranche(
        @Column(name = "share_percent") BigDecimal sharePercent,
        @Column(name = "amount") long amount,
        @Column(name = "due_date") LocalDate dueDate,
        @Column(name = "report_due") LocalDate reportDue,
        @Enumerated(EnumType.STRING) @Column(name = "release_condition") TrancheCondition condition,
        @Column(name = "retained") boolean retained) {
}
