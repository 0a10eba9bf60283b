package org.opendividend.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.opendividend.platform.identity.DisplayName;
import org.opendividend.platform.identity.Role;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reviewers' accounts in Keycloak, through its admin API as the service account of a confidential client that may
 * only manage users ({@link KeycloakAdminSettings}). An invitation finds the account by its e-mail address and reuses
 * it, or creates it with the two things a stranger must do at their first login: set a password and verify the
 * address; either way the account gets the realm's reviewer role. While those actions are pending, Keycloak mails the
 * address its own "set your password" link (the realm's SMTP server: the demo's mail catcher, production's own), which
 * leads to the reviewers' area once done; without that mail a new reviewer could never log in.
 */
@ApplicationScoped
public class ReviewerAccounts {

    static final List<String> FIRST_LOGIN_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    /** How long Keycloak's first-login link works: as long as an invitation into an organisation. */
    static final Duration FIRST_LOGIN_LINK_LIFESPAN = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(ReviewerAccounts.class.getName());

    @Inject
    KeycloakAdminSettings settings;

    public ReviewerAccounts() {
    }

    /** For tests, without CDI. */
    public ReviewerAccounts(KeycloakAdminSettings settings) {
        this.settings = settings;
    }

    /** The account with this address, created if there is none, holding the reviewer role. */
    public ReviewerAccount reviewerFor(String email) {
        String secret = settings.clientSecret().orElseThrow(() -> new ReviewerAccountsUnavailable(
                "opendividend.keycloak.invitations-client-secret is not set", null));
        try (Keycloak keycloak = KeycloakBuilder.builder().serverUrl(settings.serverUrl()).realm(settings.realm())
                .grantType("client_credentials").clientId(settings.clientId()).clientSecret(secret).build()) {
            UsersResource users = keycloak.realm(settings.realm()).users();
            Optional<UserRepresentation> existing = byEmail(users, email);
            String id = existing.isPresent() ? existing.get().getId() : create(users, email);
            UserResource user = users.get(id);
            grantReviewerRole(user.roles().realmLevel());
            UserRepresentation account = user.toRepresentation();
            mailFirstLoginLink(user, account);
            return new ReviewerAccount(id, account.getEmail(),
                    DisplayName.compose(account.getFirstName(), account.getLastName(), account.getEmail()),
                    existing.isEmpty(), Boolean.TRUE.equals(account.isEmailVerified()));
        } catch (ProcessingException | WebApplicationException unreachableOrRefused) {
            throw new ReviewerAccountsUnavailable("Keycloak's admin API at " + settings.serverUrl() + " failed: "
                    + unreachableOrRefused.getMessage(), unreachableOrRefused);
        }
    }

    /**
     * Asks Keycloak to mail the first-login link while the account still has actions to take (a new account, or one
     * invited before that never logged in). A realm without a mail server refuses; the invitation stands (the
     * application's own mail goes out), and the log says why the reviewer got no link.
     */
    private void mailFirstLoginLink(UserResource user, UserRepresentation account) {
        List<String> pending = account.getRequiredActions() == null ? List.of() : account.getRequiredActions();
        if (pending.isEmpty()) {
            return;
        }
        int lifespan = (int) FIRST_LOGIN_LINK_LIFESPAN.toSeconds();
        try {
            Optional<String> landing = settings.firstLoginLanding();
            if (landing.isPresent()) {
                user.executeActionsEmail(settings.webClientId(), landing.get(), lifespan, pending);
            } else {
                user.executeActionsEmail(pending, lifespan);
            }
        } catch (WebApplicationException noMailServer) {
            LOG.log(Level.WARNING, "Keycloak did not mail the first-login link to reviewer account " + account.getId()
                    + " (has realm " + settings.realm() + " an SMTP server?): " + noMailServer.getMessage());
        }
    }

    private static Optional<UserRepresentation> byEmail(UsersResource users, String email) {
        return users.searchByEmail(email, true).stream()
                .filter(u -> u.getEmail() != null && u.getEmail().equalsIgnoreCase(email)).findFirst();
    }

    private static String create(UsersResource users, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(FIRST_LOGIN_ACTIONS);
        try (Response created = users.create(user)) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                // another officer invited the same address a moment ago: theirs is the account
                return byEmail(users, email).orElseThrow(() -> new WebApplicationException(created)).getId();
            }
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    /**
     * Grants the realm role unless the account holds it already. The role is taken from the roles this client may
     * map to the user, because reading the realm's roles would need more than managing users.
     */
    private static void grantReviewerRole(RoleScopeResource realmRoles) {
        String reviewer = Role.REVIEWER.roleName();
        if (realmRoles.listEffective().stream().anyMatch(r -> reviewer.equals(r.getName()))) {
            return;
        }
        RoleRepresentation role = realmRoles.listAvailable().stream().filter(r -> reviewer.equals(r.getName()))
                .findFirst().orElseThrow(() -> new IllegalStateException("the realm has no role " + reviewer));
        realmRoles.add(List.of(role));
    }
}
