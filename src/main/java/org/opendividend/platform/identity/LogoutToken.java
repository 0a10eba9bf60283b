package org.opendividend.platform.identity;

import java.util.Optional;

/**
 * What a verified back-channel logout token from the identity provider says: which person ({@code sub}) and which of
 * their login sessions at the provider ({@code sid}) ended. At least one of the two is present.
 */
public record LogoutToken(Optional<String> subject, Optional<String> providerSession) {

    public LogoutToken {
        if (subject.isEmpty() && providerSession.isEmpty()) {
            throw new IllegalArgumentException("a logout token names a subject, a session or both");
        }
    }

    /**
     * Whether a login of this person in this provider session ends with the token: by the session when both know
     * it, otherwise by the person (all their logins end).
     */
    public boolean ends(String loginSubject, String loginProviderSession) {
        if (subject.isPresent() && !subject.get().equals(loginSubject)) {
            return false;
        }
        if (providerSession.isPresent() && loginProviderSession != null) {
            return providerSession.get().equals(loginProviderSession);
        }
        return subject.isPresent();
    }
}
