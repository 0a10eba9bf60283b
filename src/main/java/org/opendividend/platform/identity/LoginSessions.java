package org.opendividend.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The application's logged-in sessions by the person and the identity provider's login session they came from
 * ({@code sid}), so that the provider's back-channel logout can end them: the logout arrives from the provider,
 * without the person's cookie, and the servlet API finds no session by its id. Filled by
 * {@link LoginSessionRecorder}, emptied when a session ends ({@link LoginSessionListener}).
 */
@ApplicationScoped
public class LoginSessions {

    private record Login(String subject, String providerSession, HttpSession session) {
    }

    private final ConcurrentMap<String, Login> bySessionId = new ConcurrentHashMap<>();

    public boolean knows(String sessionId) {
        return bySessionId.containsKey(sessionId);
    }

    /** The session belongs to this person's login at the provider ({@code providerSession} may be unknown). */
    public void record(HttpSession session, String subject, String providerSession) {
        bySessionId.put(session.getId(), new Login(subject, providerSession, session));
    }

    /** Ends every session the token names, and says how many there were. */
    public int end(LogoutToken token) {
        List<String> ending = bySessionId.entrySet().stream()
                .filter(e -> token.ends(e.getValue().subject(), e.getValue().providerSession()))
                .map(java.util.Map.Entry::getKey).toList();
        int ended = 0;
        for (String sessionId : ending) {
            Login login = bySessionId.remove(sessionId);
            if (login != null) {
                try {
                    login.session().invalidate();
                    ended++;
                } catch (IllegalStateException alreadyEnded) {
                    // it ended on its own meanwhile
                }
            }
        }
        return ended;
    }

    void forget(String sessionId) {
        bySessionId.remove(sessionId);
    }

    /** The container gave the session a new id (at login, against session fixation). */
    void renamed(String oldSessionId, String newSessionId) {
        Login login = bySessionId.remove(oldSessionId);
        if (login != null) {
            bySessionId.put(newSessionId, login);
        }
    }
}
