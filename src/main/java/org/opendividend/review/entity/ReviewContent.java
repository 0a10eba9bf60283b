package org.opendividend.review.entity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reviewer writes: a score per criterion (by the criterion's id), the confidence (1 to 5), the recommendation, a
 * comment to the applicant and one to the panel. Any part may be missing in a draft; {@code ReviewChecks} says what a
 * draft and a submission need.
 */
public record ReviewContent(Map<Long, BigDecimal> scores, Integer confidence, Recommendation recommendation,
                            String toApplicant, String toPanel) {

    public ReviewContent {
        // a copy that keeps no missing score (a draft leaves criteria unscored)
        TreeMap<Long, BigDecimal> kept = new TreeMap<>();
        scores.forEach((criterion, score) -> {
            if (score != null) {
                kept.put(criterion, score);
            }
        });
        scores = java.util.Collections.unmodifiableMap(kept);
    }

    public static ReviewContent empty() {
        return new ReviewContent(Map.of(), null, null, "", "");
    }
}
