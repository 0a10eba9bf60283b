package org.opendividend.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.security.SameOriginPath;

import java.io.IOException;
import java.util.Locale;

/**
 * A small translated page for a refusal given before Faces (or anything that reads the request) runs: a title, a
 * text and the way back. Written by hand, like the busy page, because rendering a Faces page would read the body
 * that is being refused.
 */
public final class RefusalPage {

    private RefusalPage() {
    }

    /** Answers with {@code status} and the page; nothing may have been written yet. */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                            String textKey, Object... arguments) throws IOException {
        Locale locale = Languages.chosen(request).orElse(Languages.bestMatch(request.getLocales()));
        String back = SameOriginPath.withQuery(request.getRequestURI(), request.getQueryString());
        SecurityHeaders.resetKeepingHeaders(response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // the refused body is not read: the connection closes after the answer rather than waiting for it
        response.setHeader("Connection", "close");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + Html.escape(Texts.text(locale, titleKey)) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + Html.escape(request.getContextPath())
                + "/jakarta.faces.resource/css/opendividend.css.xhtml\"/></head><body><main class=\"od-main\">"
                + "<h1 id=\"error-title\">" + Html.escape(Texts.text(locale, titleKey)) + "</h1>"
                + "<p id=\"error-text\">" + Html.escape(Texts.text(locale, textKey, arguments)) + "</p>"
                + "<p><a href=\"" + Html.escape(back) + "\">" + Html.escape(Texts.text(locale, "error.busy.back"))
                + "</a></p></main></body></html>");
    }
}
