package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.review.entity.PoolMember;

/** An invitation as the reviewer sees it: into a ministry's pool, or into the pool of a call ({@code call} set). */
public record ReviewerInvitation(PoolMember member, CallSummary call) {
}
