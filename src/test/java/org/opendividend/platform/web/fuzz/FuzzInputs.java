package org.opendividend.platform.web.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * What the fuzz test sends, drawn from a seeded {@link Random}: parameter values that are missing, malformed, of the
 * wrong type, oversized, negative or not UTF-8, and bodies that are not JSON, JSON of the wrong type, objects with
 * their fields replaced by such values, non-UTF-8 bytes and PDFs. Sizes are bounded (a body is at most ~1 MB).
 */
public final class FuzzInputs {

    /** Raw (already percent-encoded where needed) values for path and query parameters. */
    static final List<String> BAD_VALUES = List.of("", "-1", "0", "1.5", "1e3", "abc", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "%00", "%FF%FE", "%C0%AF", "%E2%82", "..%2F..%2Fetc%2Fpasswd",
            "%20", "null", "true", "%5B%5D", "%7B%7D", "%E5%AE%A2%E8%AA%9E", "A".repeat(3000), "1;DROP%20TABLE%20x",
            "%27%22%3C%3E");

    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json;charset=ISO-8859-1",
            "application/json;charset=nonsense", "text/plain", "application/xml", "application/pdf",
            "application/octet-stream", "multipart/form-data", "application/x-www-form-urlencoded", "garbage/;;=");

    static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/xml", "text/html",
            "application/pdf", "nonsense");

    private final Random random;

    public FuzzInputs(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A value for a parameter: the good one sometimes, else one of the bad ones. */
    String value(String good) {
        return good != null && chance(35) ? good : pick(BAD_VALUES);
    }

    /** A body: the good template, it with one field broken, or something else entirely. */
    byte[] body(JsonObject template) {
        return switch (random.nextInt(14)) {
            case 0 -> new byte[0];
            case 1 -> "{".getBytes(StandardCharsets.UTF_8);
            case 2 -> pick(List.of("[]", "[1,2]", "\"text\"", "42", "-1", "null", "true", "1e999", "{}"))
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> nonUtf8(template);
            case 4 -> deep(random.nextInt(5) == 0 ? 5000 : 200);
            case 5 -> pdf();
            case 6 -> garbage();
            case 7, 8 -> template.toString().getBytes(StandardCharsets.UTF_8);
            default -> broken(template).toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The template with one or two of its fields (or of its nested objects' fields) replaced or removed. */
    JsonObject broken(JsonObject template) {
        JsonObject result = template;
        for (int i = 0, n = 1 + random.nextInt(2); i < n && !result.isEmpty(); i++) {
            List<String> keys = List.copyOf(result.keySet());
            String key = pick(keys);
            JsonObjectBuilder builder = Json.createObjectBuilder(result);
            JsonValue current = result.get(key);
            if (current instanceof JsonObject nested && !nested.isEmpty() && chance(50)) {
                builder.add(key, broken(nested));
            } else if (chance(15)) {
                builder.remove(key);
            } else {
                builder.add(key, badJson());
            }
            result = builder.build();
        }
        if (chance(10)) {
            result = Json.createObjectBuilder(result).add("unexpected" + random.nextInt(9), badJson()).build();
        }
        return result;
    }

    private JsonValue badJson() {
        return switch (random.nextInt(16)) {
            case 0 -> JsonValue.NULL;
            case 1 -> JsonValue.TRUE;
            case 2 -> Json.createValue(-1);
            case 3 -> Json.createValue(Long.MAX_VALUE);
            case 4 -> Json.createValue(new java.math.BigDecimal("1e400"));
            case 5 -> Json.createValue(new java.math.BigInteger("123456789012345678901234567890"));
            case 6 -> Json.createValue(1.5);
            case 7 -> Json.createValue("");
            case 8 -> Json.createValue("x".repeat(random.nextInt(5) == 0 ? 1_000_000 : 20_000));
            case 9 -> Json.createValue("12a");
            case 10 -> Json.createValue("2027-02-30");
            case 11 -> Json.createArrayBuilder().add(1).add("two").addNull().build();
            case 12 -> Json.createObjectBuilder().add("a", Json.createArrayBuilder()).build();
            case 13 -> Json.createValue("\u0000\u202e\ud83d\ude00客語");
            case 14 -> Json.createValue(-9_999_999_999L);
            default -> Json.createValue("-0");
        };
    }

    private byte[] nonUtf8(JsonObject template) {
        byte[] json = template.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = json.length > 2 ? 1 + random.nextInt(json.length - 2) : 0;
        out.write(json, 0, at);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82});
        out.write(json, at, json.length - at);
        return out.toByteArray();
    }

    private static byte[] deep(int depth) {
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] pdf() {
        return ("%PDF-1.4\n%" + "x".repeat(random.nextInt(4096)) + "\ntrailer\n<<>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] garbage() {
        byte[] bytes = new byte[random.nextInt(2048)];
        random.nextBytes(bytes);
        return bytes;
    }
}
