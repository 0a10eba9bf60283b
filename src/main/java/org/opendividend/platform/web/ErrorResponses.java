package org.opendividend.platform.web;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;

import java.util.Locale;

/** JSON error bodies of the REST API: a status, a stable code and a translated message; never a stack trace. */
final class ErrorResponses {

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
        var body = Json.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("code", code)
                .add("message", Texts.problem(locale == null ? Languages.ZH_TW : locale, message))
                .build();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
