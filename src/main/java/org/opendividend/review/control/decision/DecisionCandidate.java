package org.opendividend.review.control.decision;

/**
 * An application a call's funding decision is about: its place in the ranking (1 the best) and its request in whole TWD.
 *
 * @param label the name officers know it by in messages (its receipt number or title)
 */
public record DecisionCandidate(long applicationId, String label, int rank, long requested) {
}
