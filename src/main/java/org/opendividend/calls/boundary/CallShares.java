package org.opendividend.calls.boundary;

import org.opendividend.platform.i18n.BilingualText;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A published call's money by funder: each ministry's share of its budget in whole TWD, by ministry code. */
public record CallShares(long id, String titleZhTw, String titleEn, Map<String, Long> shares) {

    public CallShares {
        shares = Collections.unmodifiableMap(new TreeMap<>(shares));
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }
}
