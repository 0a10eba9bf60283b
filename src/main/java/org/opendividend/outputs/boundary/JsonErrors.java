package org.opendividend.outputs.boundary;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opendividend.platform.i18n.Texts;

import java.util.Locale;

/**
 * Error answers of this component's REST resources, in the shape the platform's exception mappers use
 * ({@code {status, code, message}} with a translated message), for the refusals a resource decides itself and
 * wants to explain better than the generic HTTP texts.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static Response of(Response.Status status, String code, String messageKey, Locale locale) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(locale).entity(body(status, code, messageKey, locale)).build();
    }

    static JsonObject body(Response.Status status, String code, String messageKey, Locale locale) {
        return Jsons.createObjectBuilder()
                .add("status", status.getStatusCode())
                .add("code", code)
                .add("message", Texts.text(locale, messageKey))
                .build();
    }
}
