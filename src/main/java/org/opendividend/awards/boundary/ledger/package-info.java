/**
 * The ministries' books of the fund (issue #12, item 5): per ministry, call and award the budget, committed, paid and
 * remaining money, their exports for accountants and each ministry's monthly statement, for the finance users of that
 * ministry.
 */
package org.opendividend.awards.boundary.ledger;
