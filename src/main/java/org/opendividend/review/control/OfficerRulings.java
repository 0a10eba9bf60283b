package org.opendividend.review.control;

import org.opendividend.review.entity.ConflictSource;

import java.util.List;

/**
 * What officers decided about one reviewer and one application: conflicts they added, and sources of conflict they
 * lifted (a lifted source stays visible with the officer's reason but no longer keeps the reviewer away).
 */
public record OfficerRulings(List<Added> added, List<Lifted> lifted) {

    public static final OfficerRulings NONE = new OfficerRulings(List.of(), List.of());

    /** A conflict an officer added, with their reason. */
    public record Added(String officerName, String reason) {
    }

    /** A source of conflict an officer lifted for this pair, with their reason. */
    public record Lifted(ConflictSource source, String officerName, String reason) {
    }

    public OfficerRulings {
        added = List.copyOf(added);
        lifted = List.copyOf(lifted);
    }
}
