/** The arithmetic and checks of disbursements: a tranche's split among its ministries, the request's gates. */
package org.opendividend.awards.control.disbursement;
