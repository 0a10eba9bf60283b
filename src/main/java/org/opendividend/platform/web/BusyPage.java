package org.opendividend.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.security.SameOriginPath;
import org.opendividend.platform.i18n.Texts;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The page a form sent to a busy server gets (503): it says so and holds the same form, every field as it was sent
 * (the page's state and the versions it showed among them), sent again by {@code busy-retry.js} after the
 * {@code Retry-After} time, or at once with its button. Written without Faces, whose work is what is busy. A file
 * upload cannot be carried over (the browser gives the file to no page): the page then asks to choose it again.
 */
final class BusyPage {

    static final String FORM_ID = "od-busy-resend";
    /** Where Faces serves the files of {@code webapp/resources} (a GET: never turned away). */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    private BusyPage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Locale locale, int retryAfter) throws IOException {
        boolean withFile = String.valueOf(request.getContentType()).startsWith("multipart/");
        // the form posts back to this server only, whatever path the request was sent to
        String action = SameOriginPath.withQuery(request.getRequestURI(), request.getQueryString());
        SecurityHeaders.resetKeepingHeaders(response);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html(request.getContextPath(), locale, action,
                withFile ? Map.of() : request.getParameterMap(), withFile, retryAfter));
    }

    static String html(String contextPath, Locale locale, String action, Map<String, String[]> fields, boolean withFile,
                       int retryAfter) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.toLanguageTag()).append("\"><head>")
                .append("<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>").append(escape(Texts.text(locale, "error.busy.title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(escape(contextPath)).append(RESOURCES).append("css/opendividend.css.xhtml\"/>")
                .append("</head><body><main class=\"od-main\"><h1>").append(escape(Texts.text(locale, "error.busy.title"))).append("</h1>");
        if (withFile) {
            page.append("<p>").append(escape(Texts.text(locale, "error.busy.file"))).append("</p>")
                    .append("<p><a href=\"").append(escape(action)).append("\">").append(escape(Texts.text(locale, "error.busy.back")))
                    .append("</a></p>");
        } else {
            page.append("<p id=\"od-busy-text\">").append(escape(Texts.text(locale, "error.busy.page", retryAfter))).append("</p>")
                    .append("<form id=\"").append(FORM_ID).append("\" method=\"post\" action=\"").append(escape(action))
                    .append("\" data-retry-after=\"").append(retryAfter).append("\">");
            fields.forEach((name, values) -> {
                for (String value : values) {
                    page.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"")
                            .append(escape(value)).append("\"/>");
                }
            });
            page.append("<button type=\"submit\" class=\"od-button\">").append(escape(Texts.text(locale, "error.busy.resend")))
                    .append("</button></form>")
                    .append("<script src=\"").append(escape(contextPath)).append(RESOURCES).append("js/busy-retry.js.xhtml\"></script>");
        }
        return page.append("</main></body></html>").toString();
    }

    private static String escape(String text) {
        return Html.escape(text);
    }
}
