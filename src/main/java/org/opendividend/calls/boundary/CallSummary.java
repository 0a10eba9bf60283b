package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.i18n.BilingualText;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What other components need to know of a call without loading it: its titles and closing instant for lists, the
 * ministries that fund it (lead and co-funders, whose officers run its review) and its focus areas. A copy, read
 * through {@link CallDirectory}.
 */
public record CallSummary(Long id, String titleZhTw, String titleEn, Instant closesAt, String leadMinistry,
                          Set<String> funders, Set<FocusArea> focusAreas) {

    public CallSummary {
        funders = Set.copyOf(funders);
        focusAreas = Set.copyOf(focusAreas);
    }

    static CallSummary of(FundingCall c) {
        return new CallSummary(c.id(), c.texts().titleZhTw(), c.texts().titleEn(), c.closesAt(), c.leadMinistry(),
                c.shares().keySet(), c.focusAreas());
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }
}
