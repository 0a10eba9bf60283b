/**
 * The audit trail: every state change of every business component, recorded from CDI events in the same
 * transaction as the change, in a hash chain that the fund-admin can verify to detect altered or deleted rows.
 */
package org.opendividend.audit;
