package org.opendividend.audit;

import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.events.DomainEvent;

import java.util.UUID;

/** A domain event of no business component, fired by the tests to feed the audit chain. */
record ProbeEvent(Actor actor, String objectType, String objectId, Step action, String summary)
        implements DomainEvent {

    static final String TYPE = "Probe";

    /** A step of a probe, named by the test that fires it (the probes' actions are the tests' own). */
    record Step(String name) implements AuditedAction {
    }

    /** A probe about an object of its own, so that its audit entry can be told apart from all others. */
    static ProbeEvent fresh(String action) {
        String id = UUID.randomUUID().toString();
        return new ProbeEvent(new Actor("tester-" + id.substring(0, 8), "測試員 Tester"), TYPE, id, new Step(action),
                action + " of probe " + id + " — 稽核測試");
    }
}
