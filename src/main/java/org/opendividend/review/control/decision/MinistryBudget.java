package org.opendividend.review.control.decision;

/**
 * A ministry's money in a call: its share (the proportion awards are split by) and what remains of it to commit,
 * in whole TWD.
 *
 * @param name the ministry's name in the language of the person the problems are told to
 */
public record MinistryBudget(String ministryCode, String name, long share, long remaining) {
}
