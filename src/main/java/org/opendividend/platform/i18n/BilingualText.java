package org.opendividend.platform.i18n;

import java.util.Locale;

/** Chooses between the two languages of a text that people typed in both, or shows both. zh-TW is the default. */
public final class BilingualText {

    private BilingualText() {
    }

    /** The English one for English readers, the Traditional Chinese one for all others (texts, or lists of them). */
    public static <T> T pick(Locale locale, T zhTw, T en) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? en : zhTw;
    }

    /** Both, for texts read in either language (mails, the feed): {@code 文化部 / Ministry of Culture}. */
    public static String both(String zhTw, String en) {
        return zhTw + " / " + en;
    }
}
