package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a client sends as a JSON body: an object, or a refusal that names what is wrong with the body. */
class JsonObjectReaderTest {

    @Test
    void anObjectIsReadAndAnEmptyBodyIsNone() {
        assertEquals(1001, JsonObjectReader.parse(utf8("{\"call\": 1001, \"title\": \"客語\"}")).getInt("call"));
        assertEquals("客語", JsonObjectReader.parse(utf8("{\"title\": \"客語\"}")).getString("title"));
        assertNull(JsonObjectReader.parse(new byte[0]));
    }

    @Test
    void malformedTruncatedAndTooDeepJsonIsRefusedAsNotJson() {
        for (String body : List.of("{", "{\"version\": }", "%PDF-1.4", " ", "1e", "[".repeat(5000) + "]".repeat(5000))) {
            assertEquals("api.problem.notJson", refusal(utf8(body)), body.length() > 20 ? body.substring(0, 20) : body);
        }
    }

    @Test
    void jsonOfAnotherTypeIsRefusedAsNotAnObject() {
        for (String body : List.of("[]", "[1,2]", "\"text\"", "42", "null", "true", "1e999")) {
            assertEquals("api.problem.notAnObject", refusal(utf8(body)), body);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsSuch() {
        byte[] body = {'{', '"', (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        assertEquals("api.problem.notUtf8", refusal(body));
        assertEquals("api.problem.notUtf8", refusal("{\"name\": \"Ã\"}".getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String refusal(byte[] body) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> JsonObjectReader.parse(body));
        assertEquals(List.of("body"), refused.problems().stream().map(FieldProblem::field).toList());
        return refused.problems().get(0).messageKey();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
