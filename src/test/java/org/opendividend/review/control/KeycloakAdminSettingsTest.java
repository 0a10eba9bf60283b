package org.opendividend.review.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where invited reviewers' accounts are made: by default the Keycloak and realm the login uses. */
class KeycloakAdminSettingsTest {

    @Test
    void keycloaksAddressAndRealmComeFromTheLoginsProvider() {
        KeycloakAdminSettings settings = new KeycloakAdminSettings("http://localhost:8380/realms/opendividend/", null,
                "opendividend-reviewer-invitations", "secret");
        assertEquals("http://localhost:8380", settings.serverUrl());
        assertEquals("opendividend", settings.realm());
        assertEquals(Optional.of("secret"), settings.clientSecret());
    }

    @Test
    void anAdminAddressOfItsOwnWinsAndABlankSecretIsNone() {
        KeycloakAdminSettings settings = new KeycloakAdminSettings("https://login.example.gov.tw/auth/realms/fund",
                "http://keycloak.internal:8080/", "invitations", " ");
        assertEquals("http://keycloak.internal:8080", settings.serverUrl());
        assertEquals("fund", settings.realm());
        assertEquals(Optional.empty(), settings.clientSecret(), "nobody can be invited: the officer is told so");
    }

    @Test
    void theFirstLoginMailLeadsToTheReviewersAreaAtThePublicAddressOnly() {
        KeycloakAdminSettings settings = new KeycloakAdminSettings("http://localhost:8780/realms/opendividend", null,
                "invitations", "secret", "opendividend-web", "http://localhost:8680/");
        assertEquals(Optional.of("http://localhost:8680/reviewer/"), settings.firstLoginLanding());
        assertEquals("opendividend-web", settings.webClientId());
        assertEquals(Optional.empty(), new KeycloakAdminSettings("http://localhost:8780/realms/opendividend", null,
                "invitations", "secret", "opendividend-web", " ").firstLoginLanding(), "no relative address");
    }
}
