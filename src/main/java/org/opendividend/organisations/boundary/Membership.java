package org.opendividend.organisations.boundary;

import org.opendividend.organisations.entity.MemberRole;

/** One of the person's organisations with their role in it. */
public record Membership(OrganisationView organisation, MemberRole role) {
}
