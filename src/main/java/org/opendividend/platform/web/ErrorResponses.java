package org.opendividend.platform.web;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;

import java.io.IOException;
import java.util.Locale;

/** JSON error bodies of the REST API: a status, a stable code and a translated message; never a stack trace. */
final class ErrorResponses {

    private static final java.util.Set<Integer> KNOWN = java.util.Set.of(400, 401, 403, 404, 405, 406, 409, 415);

    private ErrorResponses() {
    }

    /** The reader's language from Accept-Language, zh-TW when none is given. */
    static Locale language(jakarta.ws.rs.core.HttpHeaders headers) {
        return ApiLanguage.of(headers);
    }

    static Response of(Response.Status status, String code, String messageKey, Locale locale) {
        return of(status, code, FieldProblem.of(null, messageKey), locale);
    }

    /** With a message whose arguments may themselves be message keys ({@link Texts#problem}). */
    static Response of(Response.Status status, String code, FieldProblem message, Locale locale) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(status, code, message, locale)).build();
    }

    /** The message of an HTTP status without a more telling one: the status's own text where the bundles have one. */
    static String messageKey(int status) {
        return KNOWN.contains(status) ? "error.http." + status : status >= 500 ? "error.500.text" : "error.http.400";
    }

    /** The body alone, for answers written outside JAX-RS (the servlet filters). */
    static JsonObject body(Response.Status status, String code, FieldProblem message, Locale locale) {
        return Jsons.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("code", code)
                .add("message", Texts.problem(locale == null ? Languages.ZH_TW : locale, message))
                .build();
    }

    /** Writes a problem as the servlet's answer (nothing may have been written yet). */
    static void send(HttpServletResponse response, Response.Status status, String code, String messageKey, Locale locale)
            throws IOException {
        SecurityHeaders.resetKeepingHeaders(response);
        response.setStatus(status.getStatusCode());
        response.setContentType(MediaType.APPLICATION_JSON + ";charset=UTF-8");
        response.getWriter().write(body(status, code, FieldProblem.of(null, messageKey), locale).toString());
    }
}
