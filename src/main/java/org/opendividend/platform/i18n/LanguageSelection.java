package org.opendividend.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        return Languages.asked(request).orElse(Languages.ZH_TW);
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
        String page = postedPage().orElseGet(this::requestedPage);
        int query = page.indexOf('?');
        String others = query < 0 ? "" : LanguageFilter.withoutSwitch(page.substring(query + 1));
        return (query < 0 ? page : page.substring(0, query)) + "?" + (others.isEmpty() ? "" : others + "&")
                + LanguageFilter.PARAMETER + "=" + Languages.of(tag).toLanguageTag();
    }

    /** The address the browser asked for (or, on an error page, the one that failed), with its query. */
    private String requestedPage() {
        boolean forwarded = request.getAttribute("jakarta.servlet.forward.request_uri") != null;
        String uri = forwarded ? (String) request.getAttribute("jakarta.servlet.forward.request_uri") : request.getRequestURI();
        String query = forwarded ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }

    /**
     * After a form was posted, the page's own address with its view parameters (the wizard's {@code id}): the posted
     * address has no query, and a switch to it would open the page without the object it shows.
     */
    private Optional<String> postedPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback() || faces.getViewRoot() == null) {
            return Optional.empty();
        }
        return Optional.of(faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true));
    }
}
