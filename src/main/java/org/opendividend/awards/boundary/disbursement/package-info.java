/**
 * Disbursements at the boundary: the facade of the chain (request, check, approve, pay, return), its permissions,
 * the pages of the grantee and the staff, and {@link org.opendividend.awards.boundary.disbursement.Payments}, the read
 * class of payments other parts (the ledger) use.
 */
package org.opendividend.awards.boundary.disbursement;
