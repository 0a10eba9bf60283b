package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.ApplicationContent;

import java.time.Instant;

/** An application's latest submitted version: its number and receipt, and the content exactly as submitted. */
public record LatestSubmission(int number, String receiptNumber, Instant submittedAt, ApplicationContent submitted) {
}
