package org.opendividend.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the application speaks: Traditional Chinese (default) and English. */
public final class Languages {

    public static final Locale ZH_TW = Locale.TAIWAN;
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ZH_TW, EN);
    public static final String COOKIE = "od-lang";

    private Languages() {
    }

    /** The supported language for a tag such as {@code en}, {@code en-GB} or {@code zh-TW}; zh-TW for anything else. */
    public static Locale of(String tag) {
        if (tag == null) {
            return ZH_TW;
        }
        Locale asked = Locale.forLanguageTag(tag.replace('_', '-'));
        return "en".equals(asked.getLanguage()) ? EN : ZH_TW;
    }

    /** Whether the tag names a supported language at all. */
    public static boolean isSupported(String tag) {
        if (tag == null) {
            return false;
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return "en".equals(language) || "zh".equals(language);
    }

    /** The reader's explicit choice, from the language cookie. */
    public static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && isSupported(c.getValue()))
                .map(c -> of(c.getValue()))
                .findFirst();
    }

    /**
     * The language the reader asked for: their choice with the switch (the cookie), otherwise the best match of their
     * browser's Accept-Language; empty when they said neither (an API client without the header, say).
     */
    public static Optional<Locale> asked(HttpServletRequest request) {
        Optional<Locale> chosen = chosen(request);
        // without the header the container would report its own default locale, not the reader's
        if (chosen.isPresent() || request.getHeader("Accept-Language") == null) {
            return chosen;
        }
        return Optional.of(bestMatch(request.getLocales()));
    }

    /** The first of the browser's preferred languages that we speak; zh-TW when none. */
    public static Locale bestMatch(Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            Locale locale = preferred.nextElement();
            if ("en".equals(locale.getLanguage())) {
                return EN;
            }
            if ("zh".equals(locale.getLanguage())) {
                return ZH_TW;
            }
        }
        return ZH_TW;
    }
}
