package org.opendividend.platform.web;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;

import java.io.IOException;
import java.util.Locale;

/**
 * The JSON problem of the REST API, built here only: a status, a stable code and a translated message (and, where a
 * problem names one, the parameter or field it is about); never a stack trace. The exception mappers, the servlet
 * filters and the resources that refuse something themselves all answer with it.
 */
public final class ErrorResponses {

    private static final java.util.Set<Integer> KNOWN = java.util.Set.of(400, 401, 403, 404, 405, 406, 409, 415);

    private ErrorResponses() {
    }

    /** The reader's language from Accept-Language, zh-TW when none is given. */
    static Locale language(jakarta.ws.rs.core.HttpHeaders headers) {
        return ApiLanguage.of(headers);
    }

    public static Response of(Response.Status status, String code, String messageKey, Locale locale) {
        return of(status, code, FieldProblem.of(null, messageKey), locale);
    }

    /** With a message whose arguments may themselves be message keys ({@link Texts#problem}). */
    public static Response of(Response.Status status, String code, FieldProblem message, Locale locale) {
        return answer(status, body(status, code, message, locale));
    }

    /** A bad query parameter, named in the body ({@code parameter}) and in the message. */
    public static Response badParameter(String parameter, String messageKey, Locale locale) {
        return answer(Response.Status.BAD_REQUEST, badParameterBody(parameter, messageKey, locale));
    }

    static JsonObject badParameterBody(String parameter, String messageKey, Locale locale) {
        return problem(Response.Status.BAD_REQUEST, "bad_request", FieldProblem.of(parameter, messageKey, parameter),
                locale).add("parameter", parameter).build();
    }

    private static Response answer(Response.Status status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    /** The message of an HTTP status without a more telling one: the status's own text where the bundles have one. */
    static String messageKey(int status) {
        return KNOWN.contains(status) ? "error.http." + status : status >= 500 ? "error.500.text" : "error.http.400";
    }

    /** The body alone, for answers written outside JAX-RS (the servlet filters). */
    public static JsonObject body(Response.Status status, String code, FieldProblem message, Locale locale) {
        return problem(status, code, message, locale).build();
    }

    private static JsonObjectBuilder problem(Response.Status status, String code, FieldProblem message, Locale locale) {
        return Jsons.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("code", code)
                .add("message", Texts.problem(locale == null ? Languages.ZH_TW : locale, message));
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
