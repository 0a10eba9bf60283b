package org.opendividend.platform.identity;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogoutTokenTest {

    @Test
    void aTokenWithASessionEndsThatSessionOnly() {
        LogoutToken token = new LogoutToken(Optional.of("ada"), Optional.of("sid-1"));
        assertTrue(token.ends("ada", "sid-1"));
        assertFalse(token.ends("ada", "sid-2"), "her login in another browser lives on");
        assertFalse(token.ends("bob", "sid-1"), "another person's login never ends by her token");
    }

    @Test
    void aTokenWithoutASessionEndsAllLoginsOfThePerson() {
        LogoutToken token = new LogoutToken(Optional.of("ada"), Optional.empty());
        assertTrue(token.ends("ada", "sid-1"));
        assertTrue(token.ends("ada", null));
        assertFalse(token.ends("bob", "sid-1"));
    }

    @Test
    void aLoginWhoseSessionIsUnknownEndsByThePerson() {
        assertTrue(new LogoutToken(Optional.of("ada"), Optional.of("sid-1")).ends("ada", null));
        assertFalse(new LogoutToken(Optional.empty(), Optional.of("sid-1")).ends("ada", null));
    }

    @Test
    void aTokenNamesSomeone() {
        assertThrows(IllegalArgumentException.class, () -> new LogoutToken(Optional.empty(), Optional.empty()));
    }
}
