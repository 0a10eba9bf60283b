package org.opendividend.platform.events;

import java.util.Objects;

/**
 * The server refused a logged-in person something: a page or API path of another role, an object they may not act
 * on, or one they may not know exists. Fired by the places that answer the refusal (see
 * {@code org.opendividend.platform.web.AccessRefusals}); the audit trail observes it. Not a {@link DomainEvent}:
 * nothing changed, so it is recorded in a transaction of its own rather than in the (absent or rolled back) one of a
 * change.
 *
 * @param objectType the kind of object refused, or {@code Page}/{@code Api} when only the path is known
 * @param objectId   its identifier, or the path
 * @param method     what was asked of it: the HTTP method
 * @param reasonKey  the message key of the reason, as the person was shown it
 */
public record AccessRefused(Actor actor, String objectType, String objectId, String method, String reasonKey) {

    public AccessRefused {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }
}
