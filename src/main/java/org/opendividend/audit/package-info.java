/**
 * The audit trail: every state change of every business component, recorded from CDI events in the same
 * transaction as the change, and every access refused to a logged-in person, in a hash chain that the fund-admin can
 * verify to detect altered or deleted rows. The chain's end is signed daily into a checkpoint file outside the
 * database, so that a chain rewritten with recomputed hashes is detected too.
 */
package org.opendividend.audit;
