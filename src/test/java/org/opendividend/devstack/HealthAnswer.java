package org.opendividend.devstack;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a MicroProfile Health answer ({@code {"status":"UP","checks":[{"name":…,"status":…}]}}). */
final class HealthAnswer {

    private HealthAnswer() {
    }

    /**
     * Whether the whole answer is UP and each of the named checks is there and UP: an answer without the
     * application's checks (Payara's own, while the WAR is still loading) is not ready.
     */
    static boolean reportsUp(String body, Collection<String> checks) {
        try {
            JsonObject health = Json.createReader(new StringReader(body)).readObject();
            if (!"UP".equals(health.getString("status", null))) {
                return false;
            }
            Set<String> up = health.getJsonArray("checks").stream()
                    .filter(c -> c.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(JsonValue::asJsonObject)
                    .filter(c -> "UP".equals(c.getString("status", null)))
                    .map(c -> c.getString("name", ""))
                    .collect(Collectors.toSet());
            return up.containsAll(checks);
        } catch (JsonException | ClassCastException | NullPointerException unreadable) {
            return false;
        }
    }
}
