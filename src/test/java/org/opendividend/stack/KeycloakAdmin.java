package org.opendividend.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.opendividend.devstack.DevStack;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Keycloak's admin REST API for the stack tests, as the test stack's own administrator ({@link DevStack}): changes
 * what Keycloak says about a person (roles, groups, sessions) the way a fund administrator would in the console.
 */
public final class KeycloakAdmin {

    private static final String REALM = "opendividend";
    private static final String WEB_CLIENT = "opendividend-web";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String keycloakUrl;
    private final String password;

    public KeycloakAdmin() {
        this(RunningStack.keycloakUrl(), RunningStack.stack().keycloakAdminPassword());
    }

    KeycloakAdmin(String keycloakUrl, String password) {
        this.keycloakUrl = keycloakUrl;
        this.password = password;
    }

    /** Creates an enabled person with a password, the realm roles and the groups (paths) given; returns their id. */
    public String createUser(String username, String userPassword, java.util.List<String> roles,
                             java.util.List<String> groupPaths) throws IOException, InterruptedException {
        JsonObject user = Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", "Test").add("lastName", username).add("email", username + "@test.opendividend.tw")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", userPassword).add("temporary", false)))
                .add("groups", Json.createArrayBuilder(groupPaths))
                .build();
        expect(201, send("POST", "/users", user.toString()));
        String id = userId(username);
        expect(204, send("POST", "/users/" + id + "/role-mappings/realm", roleList(roles).toString()));
        return id;
    }

    public String userId(String username) throws IOException, InterruptedException {
        JsonArray found = array(expect(200, send("GET", "/users?exact=true&username=" + encode(username), null)));
        return found.getJsonObject(0).getString("id");
    }

    /** The accounts with exactly this e-mail address (none, or one: the realm allows no duplicate addresses). */
    public java.util.List<JsonObject> usersByEmail(String email) throws IOException, InterruptedException {
        return array(expect(200, send("GET", "/users?exact=true&email=" + encode(email), null)))
                .getValuesAs(JsonObject.class);
    }

    /** The names of the realm roles mapped to the account directly. */
    public java.util.List<String> realmRoles(String userId) throws IOException, InterruptedException {
        return array(expect(200, send("GET", "/users/" + userId + "/role-mappings/realm", null)))
                .getValuesAs(JsonObject.class).stream().map(role -> role.getString("name")).toList();
    }

    public void removeRealmRole(String userId, String role) throws IOException, InterruptedException {
        expect(204, send("DELETE", "/users/" + userId + "/role-mappings/realm", roleList(java.util.List.of(role)).toString()));
    }

    public void leaveGroup(String userId, String groupPath) throws IOException, InterruptedException {
        JsonObject group = object(expect(200, send("GET", "/group-by-path/" + groupPath.replaceFirst("^/", ""), null)));
        expect(204, send("DELETE", "/users/" + userId + "/groups/" + group.getString("id"), null));
    }

    /** Ends all of the person's Keycloak sessions, which tells the clients by back-channel logout. */
    public void logOut(String userId) throws IOException, InterruptedException {
        expect(204, send("POST", "/users/" + userId + "/logout", null));
    }

    /**
     * Sets an attribute of the application's client (e.g. {@code access.token.lifespan}, in seconds) and returns its
     * earlier value, to be restored with {@link #restoreWebClientAttribute}.
     */
    public Optional<String> setWebClientAttribute(String name, String value) throws IOException, InterruptedException {
        JsonObject client = webClient();
        JsonObject attributes = client.getJsonObject("attributes");
        Optional<String> earlier = Optional.ofNullable(attributes.getString(name, null));
        updateWebClient(client, Json.createObjectBuilder(attributes).add(name, value).build());
        return earlier;
    }

    public void restoreWebClientAttribute(String name, Optional<String> earlier) throws IOException, InterruptedException {
        JsonObject client = webClient();
        var attributes = Json.createObjectBuilder(client.getJsonObject("attributes"));
        // an update that leaves an attribute out keeps it: an empty value is Keycloak's "not set"
        attributes.add(name, earlier.orElse(""));
        updateWebClient(client, attributes.build());
    }

    private JsonObject webClient() throws IOException, InterruptedException {
        return array(expect(200, send("GET", "/clients?clientId=" + WEB_CLIENT, null))).getJsonObject(0);
    }

    private void updateWebClient(JsonObject client, JsonObject attributes) throws IOException, InterruptedException {
        JsonObject changed = Json.createObjectBuilder(client).add("attributes", attributes).build();
        expect(204, send("PUT", "/clients/" + client.getString("id"), changed.toString()));
    }

    private JsonArray roleList(java.util.List<String> roles) throws IOException, InterruptedException {
        var list = Json.createArrayBuilder();
        for (String role : roles) {
            list.add(object(expect(200, send("GET", "/roles/" + encode(role), null))));
        }
        return list.build();
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + REALM + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh administrator's token for each call: they live a minute, and the tests wait longer than that. */
    private String token() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(DevStack.KEYCLOAK_ADMIN)
                + "&password=" + encode(password);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return object(expect(200, answer)).getString("access_token");
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new AssertionError("Keycloak's admin API answered " + answer.statusCode() + " to "
                    + answer.request().method() + " " + answer.uri() + ": " + answer.body());
        }
        return answer;
    }

    private static JsonObject object(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The realm's public signing keys, as a relying party fetches them. */
    public JsonArray signingKeys() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(
                keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/certs")).build(), HttpResponse.BodyHandlers.ofString());
        return object(expect(200, answer)).getJsonArray("keys");
    }
}
