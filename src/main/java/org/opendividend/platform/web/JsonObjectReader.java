package org.opendividend.platform.web;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the JSON object a resource takes as its body. A body that is not UTF-8, not JSON, nested too deeply or JSON
 * but not an object, or larger than {@link JsonBodyLimit#MAX_BYTES}, is the client's mistake: refused with 400 and a
 * translated problem, never a fault. An empty body
 * is no object ({@code null}): the resource names the fields it needs.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(JsonBodyLimit.MAX_BYTES + 1);
        if (bytes.length > JsonBodyLimit.MAX_BYTES) {
            // sent without a length (chunked), so not refused before reading: cut off here, the rest never read
            throw refused("api.problem.tooLarge");
        }
        return parse(bytes);
    }

    /** The object the bytes hold; refused as the body's problem when they hold none. */
    static JsonObject parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw refused("api.problem.notUtf8");
        }
        JsonValue value;
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException notJson) {
            // JsonParsingException, JsonException, and the parser's own refusal of too deep a nesting
            throw refused("api.problem.notJson");
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw refused("api.problem.notAnObject");
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(List.of(FieldProblem.of("body", key)));
    }
}
