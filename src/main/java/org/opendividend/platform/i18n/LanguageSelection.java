package org.opendividend.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The language of the page: the one the reader chose with the switch (kept in a cookie), otherwise the best match
 * of the browser's Accept-Language among the supported languages, otherwise Traditional Chinese.
 */
@Named
@RequestScoped
public class LanguageSelection {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return Languages.chosen(request).orElseGet(this::fromBrowser);
    }

    private Locale fromBrowser() {
        // without the header the container would report its own default locale, not the reader's
        if (request.getHeader("Accept-Language") == null) {
            return Languages.ZH_TW;
        }
        return Languages.bestMatch(request.getLocales());
    }

    /** The value for the {@code lang} attribute of the page. */
    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isEnglish() {
        return Languages.EN.equals(getLocale());
    }

    /** A link to this same page, with its other parameters, in the given language. */
    public String switchTo(String tag) {
        boolean forwarded = request.getAttribute("jakarta.servlet.forward.request_uri") != null;
        String uri = forwarded ? (String) request.getAttribute("jakarta.servlet.forward.request_uri") : request.getRequestURI();
        String query = forwarded ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        String others = LanguageFilter.withoutSwitch(query);
        return uri + "?" + (others.isEmpty() ? "" : others + "&") + LanguageFilter.PARAMETER + "="
                + Languages.of(tag).toLanguageTag();
    }
}
