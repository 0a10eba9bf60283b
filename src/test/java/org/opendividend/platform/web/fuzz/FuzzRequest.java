package org.opendividend.platform.web.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** One request of the fuzz test, drawn for an operation; printed in full (body shortened) when it fails. */
public record FuzzRequest(String method, String pathAndQuery, String contentType, String accept, byte[] body) {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final java.util.Set<String> BODYLESS = java.util.Set.of("GET", "DELETE", "HEAD", "OPTIONS");

    public static FuzzRequest draw(OpenApiOperations.Operation operation, FuzzTargets targets, Random random) {
        FuzzInputs inputs = new FuzzInputs(random);
        String method = inputs.chance(8) ? inputs.pick(METHODS) : operation.method();
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (OpenApiOperations.Parameter p : operation.parameters()) {
            String good = good(targets, operation.path(), p, inputs);
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", inputs.value(good));
            } else if (p.in().equals("query") && inputs.chance(70)) {
                query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(inputs.value(good));
            }
        }
        if (inputs.chance(10)) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(inputs.value(null));
        }
        boolean pdf = operation.path().contains("/attachments/");
        byte[] body = null;
        String contentType = null;
        if (operation.hasBody() || inputs.chance(10)) {
            body = inputs.body(targets.template(operation.method(), operation.path()));
            contentType = inputs.chance(5) ? null : inputs.chance(75) ? (pdf ? "application/pdf" : "application/json")
                    : inputs.pick(FuzzInputs.CONTENT_TYPES);
        }
        String accept = inputs.chance(70) ? null : inputs.pick(FuzzInputs.ACCEPTS);
        return new FuzzRequest(method, path + query, contentType, accept, body);
    }

    /**
     * The owner's well-formed request on the withdrawn application, or empty when the operation writes none: every
     * such step is out of state.
     */
    public static java.util.Optional<FuzzRequest> outOfState(OpenApiOperations.Operation operation, FuzzTargets targets) {
        if (!operation.path().startsWith("/api/v1/applications/{id}") || !operation.hasBody()) {
            return java.util.Optional.empty();
        }
        boolean pdf = operation.path().contains("/attachments/");
        String path = operation.path().replace("{id}", String.valueOf(targets.withdrawn())).replace("{type}", "PROJECT_PLAN");
        byte[] body = pdf ? "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)
                : targets.template(operation.method(), operation.path()).toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Optional.of(new FuzzRequest(operation.method(), path, pdf ? "application/pdf" : "application/json",
                null, body));
    }

    private static String good(FuzzTargets targets, String path, OpenApiOperations.Parameter p, FuzzInputs inputs) {
        List<String> values = targets.goodValues(path, p.name());
        if (!values.isEmpty()) {
            return inputs.pick(values);
        }
        return p.example() == null ? null : URLEncoder.encode(p.example(), StandardCharsets.UTF_8);
    }

    /**
     * Whether the HTTP server refuses the request itself, with a bare 400, before any of the application's code runs:
     * a body on a method without one (GET, DELETE; Payara's {@code allow-payload-for-undefined-http-methods} is off)
     * or a path whose percent-encoding is not UTF-8 or holds a NUL. No application can shape that answer.
     */
    public boolean refusedByTheServerItself() {
        boolean bodyWithoutSemantics = body != null && body.length > 0 && BODYLESS.contains(method);
        String path = pathAndQuery.split("\\?", 2)[0];
        return bodyWithoutSemantics || path.contains("%00") || !decodesAsUtf8(path);
    }

    private static boolean decodesAsUtf8(String path) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return false;
        }
    }

    @Override
    public String toString() {
        String shown = body == null ? "no body" : body.length + " bytes: "
                + new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8).replace("\n", "\\n");
        String url = pathAndQuery.length() > 200 ? pathAndQuery.substring(0, 200) + "…" : pathAndQuery;
        return method + " " + url + " (Content-Type: " + contentType + ", Accept: " + accept + ", " + shown + ")";
    }
}
