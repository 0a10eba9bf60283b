package org.opendividend.platform.web.fuzz;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The operations an OpenAPI document (as JSON) describes: method, path and parameters. */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}) and its name. */
    public record Parameter(String in, String name, String example) {
    }

    /** One operation; {@code path} is the full path from the server's root, e.g. {@code /api/v1/calls/{id}}. */
    public record Operation(String method, String path, List<Parameter> parameters, boolean hasBody) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    /**
     * @param prefix put before paths that are given relative to the REST root (MicroProfile OpenAPI may give either)
     */
    public static List<Operation> of(JsonObject document, String prefix) {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            List<Parameter> shared = parameters(item);
            String full = path.startsWith(prefix) ? path : prefix + path;
            for (String method : item.keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                List<Parameter> all = new ArrayList<>(shared);
                all.addAll(parameters(operation));
                operations.add(new Operation(method.toUpperCase(), full, List.copyOf(all),
                        operation.containsKey("requestBody") || Set.of("post", "put", "patch").contains(method)));
            }
        }
        return operations;
    }

    private static List<Parameter> parameters(JsonObject node) {
        List<Parameter> found = new ArrayList<>();
        if (node.get("parameters") instanceof jakarta.json.JsonArray list) {
            for (JsonValue value : list) {
                JsonObject p = value.asJsonObject();
                JsonValue example = p.get("example");
                found.add(new Parameter(p.getString("in", "query"), p.getString("name", "x"),
                        example == null ? null : example instanceof jakarta.json.JsonString s ? s.getString() : example.toString()));
            }
        }
        return found;
    }
}
