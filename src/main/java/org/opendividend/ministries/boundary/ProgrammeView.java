package org.opendividend.ministries.boundary;

import org.opendividend.ministries.entity.FundProgramme;
import org.opendividend.platform.i18n.BilingualText;

import java.util.Locale;

/** A fund programme as other components and the landing page read it: its code, names and descriptions. A copy. */
public record ProgrammeView(String code, String nameZhTw, String nameEn, String descriptionZhTw, String descriptionEn) {

    static ProgrammeView of(FundProgramme p) {
        return new ProgrammeView(p.code(), p.name(Locale.TRADITIONAL_CHINESE), p.name(Locale.ENGLISH),
                p.description(Locale.TRADITIONAL_CHINESE), p.description(Locale.ENGLISH));
    }

    public String name(Locale locale) {
        return BilingualText.pick(locale, nameZhTw, nameEn);
    }

    public String description(Locale locale) {
        return BilingualText.pick(locale, descriptionZhTw, descriptionEn);
    }
}
