package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.opendividend.platform.i18n.BilingualText;

import java.util.Locale;

/**
 * The texts of a call in both languages: the part that may still be corrected after publication, replaced as a
 * whole.
 */
@Embeddable
public record CallTexts(@Column(name = "title_zh_tw", nullable = false) String titleZhTw,
                        @Column(name = "title_en", nullable = false) String titleEn,
                        @Column(name = "summary_zh_tw", nullable = false) String summaryZhTw,
                        @Column(name = "summary_en", nullable = false) String summaryEn,
                        @Column(name = "description_zh_tw", nullable = false) String descriptionZhTw,
                        @Column(name = "description_en", nullable = false) String descriptionEn) {

    public static final CallTexts EMPTY = new CallTexts("", "", "", "", "", "");

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }

    public String summary(Locale locale) {
        return BilingualText.pick(locale, summaryZhTw, summaryEn);
    }

    public String description(Locale locale) {
        return BilingualText.pick(locale, descriptionZhTw, descriptionEn);
    }
}
