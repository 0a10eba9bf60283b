package org.opendividend.ministries.boundary;

import org.opendividend.ministries.entity.Ministry;
import org.opendividend.platform.i18n.BilingualText;

import java.util.Locale;

/** A ministry as other components read it: its code and names. A copy, read through {@link MinistryFacade}. */
public record MinistryView(String code, String nameZhTw, String nameEn) {

    static MinistryView of(Ministry m) {
        return new MinistryView(m.code(), m.nameZhTw(), m.nameEn());
    }

    /** The name in the reader's language: English for English readers, Traditional Chinese for all others. */
    public String name(Locale locale) {
        return BilingualText.pick(locale, nameZhTw, nameEn);
    }
}
