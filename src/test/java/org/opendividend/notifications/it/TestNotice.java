package org.opendividend.notifications.it;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.events.Notifiable;

import java.util.List;

/** A change that somebody should hear about, as a business component would fire it; for the Arquillian tests. */
public record TestNotice(String objectId, List<Notice> notices) implements Notifiable {

    @Override
    public Actor actor() {
        return Actor.SYSTEM;
    }

    @Override
    public String objectType() {
        return "OutboxIT";
    }

    @Override
    public AuditedAction action() {
        return () -> "NOTICE"; // the test's own action, of no component's enum
    }

    @Override
    public String summary() {
        return "a notice of the outbox test " + objectId;
    }

    /** What the outbox files the notice's mails under. */
    public String about() {
        return objectType() + " " + objectId() + " " + action().name();
    }
}
