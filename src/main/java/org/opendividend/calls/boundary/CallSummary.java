package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.i18n.BilingualText;

import java.time.Instant;
import java.util.Locale;

/** What a list names of a call: its titles and closing instant. A copy, read by the page through {@link CallDirectory}. */
public record CallSummary(Long id, String titleZhTw, String titleEn, Instant closesAt) {

    static CallSummary of(FundingCall c) {
        return new CallSummary(c.id(), c.texts().titleZhTw(), c.texts().titleEn(), c.closesAt());
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }
}
