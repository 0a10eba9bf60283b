package org.opendividend.audit.entity;

import org.opendividend.platform.events.AuditedAction;

/** The audit log's own actions, which record no change: a refused access. */
public enum AuditLogAction implements AuditedAction {
    ACCESS_REFUSED
}
