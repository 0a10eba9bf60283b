package org.opendividend.calls.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The scale reviewers score a criterion on. */
public enum ScoreScale {
    ZERO_TO_FIVE_HALVES(new BigDecimal("0"), new BigDecimal("5"), new BigDecimal("0.5")),
    ONE_TO_NINE(new BigDecimal("1"), new BigDecimal("9"), BigDecimal.ONE);

    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;

    ScoreScale(BigDecimal min, BigDecimal max, BigDecimal step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** The distance between two neighbouring values of the scale. */
    public BigDecimal step() {
        return step;
    }

    /** Every value of the scale, lowest first (what a reviewer chooses from). */
    public List<BigDecimal> steps() {
        List<BigDecimal> steps = new ArrayList<>();
        for (BigDecimal value = min; value.compareTo(max) <= 0; value = value.add(step)) {
            steps.add(value);
        }
        return List.copyOf(steps);
    }

    /** Whether a value is on the scale: within its bounds and on one of its steps. */
    public boolean contains(BigDecimal value) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && value.subtract(min).remainder(step).signum() == 0;
    }

    public String labelKey() {
        return "score.scale." + name();
    }
}
