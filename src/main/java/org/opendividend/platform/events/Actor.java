package org.opendividend.platform.events;

import java.util.Objects;

/**
 * The person (or the system itself) behind a state change, as it is recorded for ever in the audit log.
 *
 * @param subject the identity provider's subject of the person, or {@code null} for the system
 * @param displayName the name shown in the audit log
 */
public record Actor(String subject, String displayName) {

    public static final Actor SYSTEM = new Actor(null, "system");

    public Actor {
        Objects.requireNonNull(displayName, "displayName");
    }
}
