package org.opendividend.organisations.boundary;

import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.platform.security.Decision;

import java.time.Instant;

/**
 * What the holder of an invitation link is told before accepting: which organisation, which role, until when, and
 * whether they can accept it (with the reason when not: expired, used, revoked, already a member).
 */
public record InvitationPreview(long organisationId, String organisationNameZhTw, String organisationNameEn,
                                MemberRole role, String inviterName, Instant expiresAt, Decision decision) {
}
