package org.opendividend.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/**
 * One line of an application's budget: what for, in which project year (1 for the first twelve months), and how
 * much in whole New Taiwan dollars.
 */
@Embeddable
public record BudgetLine(
        @Enumerated(EnumType.STRING) @Column(name = "category") BudgetCategory category,
        @Column(name = "project_year") int projectYear,
        @Column(name = "description") String description,
        @Column(name = "amount") BigDecimal amount) {
}
