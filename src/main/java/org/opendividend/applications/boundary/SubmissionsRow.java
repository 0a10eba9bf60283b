package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.platform.i18n.BilingualText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * One submitted application in the officer's screening table and its CSV/XLSX export; {@code requested} is the total
 * of the application's budget in TWD.
 */
public record SubmissionsRow(long applicationId, long callId, String callTitleZhTw, String callTitleEn,
                             String titleZhTw, String titleEn, String organisationZhTw, String organisationEn,
                             ApplicationStatus status, Instant submittedAt, String receiptNumber,
                             int versions, BigDecimal requested) {

    /** The requested amount is the budget total of the working copy; none counts as zero. */
    public SubmissionsRow {
        requested = requested == null ? BigDecimal.ZERO : requested;
    }

    public String callTitle(Locale locale) {
        return BilingualText.pick(locale, callTitleZhTw, callTitleEn);
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }

    public String organisation(Locale locale) {
        return BilingualText.pick(locale, organisationZhTw, organisationEn);
    }
}
