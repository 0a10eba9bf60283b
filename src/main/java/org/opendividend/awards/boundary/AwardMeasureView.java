package org.opendividend.awards.boundary;

import org.opendividend.awards.entity.AwardAction;

import java.time.Instant;

/**
 * A measure on an award as its pages show it: which award, what is proposed and why, by whom and when; once decided,
 * by whom, when, and whether confirmed or refused (why).
 */
public record AwardMeasureView(long id, long awardId, String awardNumber, long callId, AwardAction action,
                               String reason, String proposedBy, Instant proposedAt, String decidedBy,
                               Instant decidedAt, Boolean confirmed, String refusalReason, long version) {

    public boolean open() {
        return decidedAt == null;
    }

    /** Where it stands, as a message key: waiting, confirmed or refused. */
    public String outcomeKey() {
        return open() ? "award.measure.outcome.OPEN" : Boolean.TRUE.equals(confirmed) ? "award.measure.outcome.CONFIRMED"
                : "award.measure.outcome.REFUSED";
    }
}
