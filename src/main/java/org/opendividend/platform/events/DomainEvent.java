package org.opendividend.platform.events;

/**
 * A state change of a business object. Every business component fires one through CDI when it changes state;
 * the audit trail and the notifications observe them, so no component calls those directly.
 */
public interface DomainEvent {

    /** Who caused the change. */
    Actor actor();

    /** Kind of object that changed, e.g. {@code Person}, {@code Call}. */
    String objectType();

    /** Identifier of the object that changed. */
    String objectId();

    /** What happened, e.g. {@code PersonChange.REGISTERED}, {@code CallAction.PUBLISH}. */
    AuditedAction action();

    /** One line for people reading the audit log. */
    String summary();
}
