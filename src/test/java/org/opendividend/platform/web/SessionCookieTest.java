package org.opendividend.platform.web;

import jakarta.servlet.SessionCookieConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionCookieTest {

    /** The settings made on the container's cookie configuration, by the name of the setter. */
    private final Map<String, Object> settings = new HashMap<>();

    private SessionCookieConfig recording() {
        return (SessionCookieConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{SessionCookieConfig.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set")) {
                        settings.put(method.getName(), args[0]);
                    }
                    return null;
                });
    }

    @Test
    void servedOverHttpsBehindAProxyTheCookieIsSecure() {
        SessionCookie.configure(recording(), "https://fund.example.tw");
        assertEquals(Map.of("setHttpOnly", true, "setSecure", true), settings);
    }

    @Test
    void withoutAnHttpsAddressTheContainerDecidesByTheRequest() {
        SessionCookie.configure(recording(), "http://localhost:8080");
        assertEquals(true, settings.get("setHttpOnly"));
        assertNull(settings.get("setSecure"), "not forced: Payara marks it Secure itself for a session begun over https");
    }
}
