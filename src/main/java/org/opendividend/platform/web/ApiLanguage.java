package org.opendividend.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import org.opendividend.platform.i18n.Languages;

import java.util.Locale;

/** The language a REST answer's messages are written in: the reader's first Accept-Language, zh-TW when none. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    /** The same for a servlet request (whose own locale is the server's when the reader names none). */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Languages.ZH_TW
                : Languages.of(request.getLocale().toLanguageTag());
    }

    public static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst().map(l -> Languages.of(l.toLanguageTag()))
                .orElse(Languages.ZH_TW);
    }
}
