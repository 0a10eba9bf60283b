package org.opendividend.review.control;

import org.opendividend.calls.boundary.ReviewSetupView;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a call's review stands, for its officers: how many assignments wait for a declaration, are declared, started
 * (a draft saved), submitted, overdue or need a replacement; and per application the mean weighted score of its
 * submitted reviews and each criterion's mean, against the call's thresholds.
 */
public record ReviewProgress(Map<Stage, Long> stages, List<ApplicationScores> applications) {

    public ReviewProgress {
        stages = Map.copyOf(stages);
        applications = List.copyOf(applications);
    }

    /** The stages counted; an assignment may be in two (started and overdue). */
    public enum Stage {
        AWAITING_DECLARATION, DECLARED, STARTED, SUBMITTED, OVERDUE, NEEDS_REPLACEMENT;

        public String labelKey() {
            return "progress.stage." + name();
        }
    }

    /**
     * One assignment as progress reads it.
     *
     * @param scores the criteria's scores of a submitted review (by criterion id); null when not submitted
     */
    public record Entry(long applicationId, boolean awaitsDeclaration, boolean declared, boolean draftSaved,
                        boolean submitted, boolean overdue, boolean needsReplacement, Map<Long, BigDecimal> scores) {
    }

    /** An application's submitted reviews summed up; the means are empty until one is submitted. */
    public record ApplicationScores(long applicationId, int submittedReviews, Optional<BigDecimal> weightedMean,
                                    boolean meetsOverallThreshold, List<CriterionMean> criteria) {

        /** Every criterion's mean and the weighted mean reach their thresholds. */
        public boolean meetsThresholds() {
            return weightedMean.isPresent() && meetsOverallThreshold && criteria.stream().allMatch(CriterionMean::meetsThreshold);
        }
    }

    /** A criterion's mean score over an application's submitted reviews, on the criterion's own scale. */
    public record CriterionMean(CriterionView criterion, Optional<BigDecimal> mean) {

        public boolean meetsThreshold() {
            return mean.isPresent() && mean.get().compareTo(criterion.threshold()) >= 0;
        }
    }

    /** The overall threshold as the weighted scores count: calls set it out of 10, weighted scores are out of 100. */
    public static BigDecimal overallThresholdOutOf100(ReviewSetupView setup) {
        return setup.overallThreshold().multiply(BigDecimal.TEN);
    }

    /** Progress of the entries, in the order of the applications given (those without an entry count none). */
    public static ReviewProgress of(List<Long> applicationIds, List<Entry> entries, ReviewSetupView setup) {
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, 0L);
        }
        Map<Long, List<Map<Long, BigDecimal>>> submitted = new TreeMap<>();
        for (Entry e : entries) {
            count(stages, Stage.AWAITING_DECLARATION, e.awaitsDeclaration());
            count(stages, Stage.DECLARED, e.declared());
            count(stages, Stage.STARTED, e.declared() && e.draftSaved() && !e.submitted());
            count(stages, Stage.SUBMITTED, e.submitted());
            count(stages, Stage.OVERDUE, e.overdue());
            count(stages, Stage.NEEDS_REPLACEMENT, e.needsReplacement());
            if (e.submitted() && e.scores() != null) {
                submitted.computeIfAbsent(e.applicationId(), k -> new ArrayList<>()).add(e.scores());
            }
        }
        BigDecimal overall = overallThresholdOutOf100(setup);
        List<ApplicationScores> applications = new ArrayList<>();
        for (long applicationId : applicationIds) {
            List<Map<Long, BigDecimal>> reviews = submitted.getOrDefault(applicationId, List.of());
            Optional<BigDecimal> mean = WeightedScore.mean(reviews.stream()
                    .flatMap(scores -> WeightedScore.of(scores, setup.criteria()).stream()).toList());
            List<CriterionMean> criteria = setup.criteria().stream().map(c -> new CriterionMean(c, WeightedScore.mean(reviews.stream()
                    .map(scores -> scores.get(c.id())).filter(java.util.Objects::nonNull).toList()))).toList();
            applications.add(new ApplicationScores(applicationId, reviews.size(), mean,
                    mean.map(m -> m.compareTo(overall) >= 0).orElse(false), criteria));
        }
        return new ReviewProgress(stages, applications);
    }

    private static void count(Map<Stage, Long> stages, Stage stage, boolean counted) {
        if (counted) {
            stages.merge(stage, 1L, Long::sum);
        }
    }
}
