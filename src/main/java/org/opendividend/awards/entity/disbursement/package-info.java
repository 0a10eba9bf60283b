/**
 * Disbursements of accepted awards: each co-funding ministry's share of a tranche, its chain of steps (a workflow
 * table and the separation of duties) and its payment.
 */
package org.opendividend.awards.entity.disbursement;
