package org.opendividend.platform.web;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.InvalidInputException;

/** Refused input answers 400 with every problem, by field, translated. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
        var locale = ErrorResponses.language(headers);
        JsonArrayBuilder problems = Jsons.createArrayBuilder();
        e.problems().forEach(p -> problems.add(Jsons.createObjectBuilder()
                .add("field", p.field() == null ? "" : p.field())
                .add("code", p.messageKey())
                .add("message", Texts.problem(locale, p))));
        var body = Jsons.createObjectBuilder()
                .add("status", 400)
                .add("code", "invalid")
                .add("message", Texts.text(locale, "error.http.400"))
                .add("problems", problems)
                .build();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body).build();
    }
}
