package org.opendividend.applications.entity;

import org.opendividend.platform.events.AuditedAction;

/** The applicant's changes of an application and its attachments, as the audit log records them. */
public enum ApplicationChange implements AuditedAction {
    STARTED, SAVED, SUBMITTED, RESUBMITTED, WITHDRAWN, ATTACHMENT_UPLOADED, ATTACHMENT_REPLACED, ATTACHMENT_DELETED
}
