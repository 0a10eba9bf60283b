package org.opendividend.people.entity;

import org.opendividend.platform.events.AuditedAction;

/** A person's profile created at the first login, or changed since the last, as the audit log records it. */
public enum PersonChange implements AuditedAction {
    REGISTERED, PROFILE_CHANGED
}
