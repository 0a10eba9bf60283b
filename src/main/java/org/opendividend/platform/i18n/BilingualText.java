package org.opendividend.platform.i18n;

import java.util.Locale;

/** Chooses between the two languages of a text that people typed in both. zh-TW is the default. */
public final class BilingualText {

    private BilingualText() {
    }

    public static String pick(Locale locale, String zhTw, String en) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? en : zhTw;
    }
}
