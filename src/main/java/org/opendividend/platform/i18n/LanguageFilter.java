package org.opendividend.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.security.SameOriginPath;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language switch: {@code ?lang=en} or {@code ?lang=zh-TW} on any page stores the choice in a cookie for a
 * year and redirects to the same page without that parameter (the page's others kept), so that the choice
 * outlives the session and the address stays clean.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked = request.getParameter(PARAMETER);
        if (asked == null || !"GET".equals(request.getMethod()) || !Languages.isSupported(asked)) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(Languages.COOKIE, Languages.of(asked).toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        String others = withoutSwitch(request.getQueryString());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        // only ever a path on this server: "//evil.example/?lang=en" must not send the browser to another site
        response.setHeader("Location", SameOriginPath.withQuery(request.getRequestURI(), others));
    }

    /** The query string without the language switch's own parameter, as it was sent (still encoded). */
    static String withoutSwitch(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.split("=", 2)[0].equals(PARAMETER))
                .collect(Collectors.joining("&"));
    }
}
