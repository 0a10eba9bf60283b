package org.opendividend.platform.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendividend.platform.web.AreaGuard;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTest {

    private static final Path BASE = Path.of(System.getProperty("user.dir"));
    private static final Set<String> TECHNICAL_ROLES = Set.of("default-roles-opendividend", "offline_access",
            "uma_authorization");

    @ParameterizedTest
    @CsvSource({
            "applicant, APPLICANT",
            "reviewer, REVIEWER",
            "officer, OFFICER",
            "approver, APPROVER",
            "finance, FINANCE",
            "fund-admin, FUND_ADMIN"})
    void byNameFindsEachRealmRole(String roleName, Role expected) {
        assertEquals(Optional.of(expected), Role.byName(roleName));
        assertEquals(roleName, expected.roleName());
    }

    @Test
    void byNameKnowsNothingElse() {
        assertEquals(Optional.empty(), Role.byName("FUND_ADMIN"), "the enum constant is not the realm role");
        assertEquals(Optional.empty(), Role.byName("Officer"), "realm role names are case-sensitive");
        assertEquals(Optional.empty(), Role.byName("offline_access"));
        assertEquals(Optional.empty(), Role.byName(""));
        assertEquals(Optional.empty(), Role.byName(null));
    }

    /** The realm file is what Keycloak imports: every application role must be a realm role and vice versa. */
    @Test
    void rolesAreExactlyTheRealmsApplicationRoles() throws Exception {
        JsonObject realm;
        try (Reader reader = Files.newBufferedReader(BASE.resolve("realm-config/opendividend-realm.json"))) {
            realm = Json.createReader(reader).readObject();
        }
        Set<String> realmRoles = realm.getJsonObject("roles").getJsonArray("realm").stream()
                .map(JsonValue::asJsonObject).map(r -> r.getString("name"))
                .filter(name -> !TECHNICAL_ROLES.contains(name)).collect(Collectors.toSet());
        Set<String> roleNames = Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toSet());
        assertEquals(realmRoles, roleNames);
        for (String realmRole : realmRoles) {
            assertTrue(Role.byName(realmRole).isPresent(), realmRole);
        }
    }

    @Test
    void areaPathsAreUniqueAndStartAndEndWithSlash() {
        Set<String> seen = new HashSet<>();
        for (Role role : Role.values()) {
            String area = role.area();
            assertTrue(area.length() > 2 && area.startsWith("/") && area.endsWith("/"), role + ": " + area);
            assertTrue(seen.add(area), "area used twice: " + area);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void labelKeyIsNamedAfterTheRealmRole(Role role) {
        assertEquals("role." + role.roleName(), role.labelKey());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachAreaHasADashboardPage(Role role) {
        Path page = BASE.resolve("webapp" + role.area() + "index.xhtml");
        assertTrue(Files.isRegularFile(page), page.toString());
    }

    /**
     * "A page hidden from a role is also refused by the server": each area needs a login in web.xml (so anonymous
     * visitors are sent to Keycloak) and its role in AreaGuard, which web.xml puts in front of every request.
     */
    @ParameterizedTest
    @EnumSource(Role.class)
    void eachAreaNeedsALoginInWebXmlAndItsRoleInTheAreaGuard(Role role) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document webXml = factory.newDocumentBuilder().parse(BASE.resolve("webapp/WEB-INF/web.xml").toFile());
        Set<String> allowedRoles = null;
        NodeList constraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            if (texts(constraint, "url-pattern").contains(role.area() + "*")) {
                allowedRoles = texts(constraint, "role-name");
            }
        }
        assertEquals(Set.of("**"), allowedRoles, "constraint on " + role.area() + "*");
        assertTrue(texts(webXml.getDocumentElement(), "role-name").contains(role.roleName()), "role declared");
        assertTrue(texts(webXml.getDocumentElement(), "filter-class").contains(AreaGuard.class.getName()), "guard installed");
        assertEquals(java.util.Optional.of(role), AreaGuard.requiredRole(role.area() + "index.xhtml", "GET"));
    }

    private static Set<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
