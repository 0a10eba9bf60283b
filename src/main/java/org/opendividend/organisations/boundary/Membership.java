package org.opendividend.organisations.boundary;

import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;

/** One of the person's organisations with their role in it. */
public record Membership(Organisation organisation, MemberRole role) {
}
