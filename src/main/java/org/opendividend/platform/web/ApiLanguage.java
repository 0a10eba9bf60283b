package org.opendividend.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import org.opendividend.platform.i18n.Languages;

import java.util.Locale;

/** The language a REST answer's messages are written in: the reader's first Accept-Language, zh-TW when none. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst().map(l -> Languages.of(l.toLanguageTag()))
                .orElse(Languages.ZH_TW);
    }
}
