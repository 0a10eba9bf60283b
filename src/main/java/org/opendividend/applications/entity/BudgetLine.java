package org.opendividend.applications.entity;

import java.math.BigDecimal;

/**
 * One line of an application's budget: what for, in which project year (1 for the first twelve months), and how
 * much in whole New Taiwan dollars.
 */
public record BudgetLine(BudgetCategory category, int projectYear, String description, BigDecimal amount) {
}
