package org.opendividend.organisations.entity;

import org.opendividend.platform.events.AuditedAction;

/** The changes of an organisation, its details and its membership, as the audit log records them. */
public enum OrganisationChange implements AuditedAction {
    CREATED, UPDATED, MEMBER_INVITED, INVITATION_REVOKED, MEMBER_JOINED, ROLE_CHANGED, MEMBER_REMOVED
}
