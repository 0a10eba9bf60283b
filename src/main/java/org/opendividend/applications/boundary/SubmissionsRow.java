package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.platform.i18n.BilingualText;

import java.time.Instant;
import java.util.Locale;

/** One submitted application in the officer's screening table (and its CSV/XLSX export). */
public record SubmissionsRow(long applicationId, long callId, String callTitleZhTw, String callTitleEn,
                             String titleZhTw, String titleEn, String organisationZhTw, String organisationEn,
                             ApplicationStatus status, Instant submittedAt, String receiptNumber,
                             int versions) {

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
