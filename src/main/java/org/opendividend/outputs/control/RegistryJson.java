package org.opendividend.outputs.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lenient reading of registry JSON: a field of an unexpected type counts as absent, never as an error. */
final class RegistryJson {

    private RegistryJson() {
    }

    /** The body as a JSON object, empty when it is not one. */
    static Optional<JsonObject> object(RegistryResponse response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.text()))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        return value instanceof JsonObject object ? object : null;
    }

    static String string(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value != null && value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString() : null;
    }

    static boolean bool(JsonObject parent, String name) {
        return parent != null && parent.get(name) == JsonValue.TRUE;
    }

    /** A string or each string of an array (registries write one language as "zh" or ["zh", "en"]). */
    static List<String> strings(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        List<String> result = new ArrayList<>();
        if (value instanceof JsonString string) {
            result.add(string.getString());
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString string) {
                    result.add(string.getString());
                }
            }
        }
        return result;
    }

    static List<JsonObject> objects(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        List<JsonObject> result = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject object) {
                    result.add(object);
                }
            }
        }
        return result;
    }

    /** A path segment for an identifier that must be "name" or "owner/name" of letters, digits, - _ . only. */
    static boolean safeRepoId(String id, boolean needsOwner) {
        if (id == null || !id.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)?") || id.contains("..")) {
            return false;
        }
        return !needsOwner || id.contains("/");
    }
}
