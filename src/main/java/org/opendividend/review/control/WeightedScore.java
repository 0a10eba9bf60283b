package org.opendividend.review.control;

import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place a review's weighted score is computed: the sum over the call's criteria of score / scale maximum ×
 * weight (in percent), so that a review scoring every criterion at its maximum scores 100 when the weights add up to
 * 100. Officers' progress and ranking read it from here.
 */
public final class WeightedScore {

    /** Decimal places kept of a weighted score and of a mean of them. */
    public static final int SCALE = 2;

    private WeightedScore() {
    }

    /** A review's weighted score; empty while a criterion is unscored (a draft). */
    public static Optional<BigDecimal> of(Map<Long, BigDecimal> scores, List<CriterionView> criteria) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionView criterion : criteria) {
            BigDecimal score = scores.get(criterion.id());
            if (score == null) {
                return Optional.empty();
            }
            // divided last, so that only the final sum is rounded
            sum = sum.add(score.multiply(BigDecimal.valueOf(criterion.weightPercent()))
                    .divide(criterion.scale().max(), 10, RoundingMode.HALF_UP));
        }
        return Optional.of(sum.setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** The mean of several scores (reviews' weighted scores, or one criterion's scores); empty when there is none. */
    public static Optional<BigDecimal> mean(List<BigDecimal> weighted) {
        if (weighted.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = weighted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(weighted.size()), SCALE, RoundingMode.HALF_UP));
    }
}
