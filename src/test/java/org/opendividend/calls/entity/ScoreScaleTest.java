package org.opendividend.calls.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreScaleTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "1", "2.5", "4.5", "5", "5.0", "0.50", "3.00"})
    void zeroToFiveInHalvesContains(String value) {
        assertTrue(ScoreScale.ZERO_TO_FIVE_HALVES.contains(new BigDecimal(value)), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5", "0.25", "-0.5", "4.75", "6", "0.1", "-1"})
    void zeroToFiveInHalvesRefuses(String value) {
        assertFalse(ScoreScale.ZERO_TO_FIVE_HALVES.contains(new BigDecimal(value)), value);
    }

    @Test
    void oneToNineContainsTheWholeNumbersOneToNine() {
        for (int i = 1; i <= 9; i++) {
            assertTrue(ScoreScale.ONE_TO_NINE.contains(BigDecimal.valueOf(i)), Integer.toString(i));
        }
        assertTrue(ScoreScale.ONE_TO_NINE.contains(new BigDecimal("7.00")), "the scale of the number does not matter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10", "1.5", "-1", "8.99", "9.5"})
    void oneToNineRefuses(String value) {
        assertFalse(ScoreScale.ONE_TO_NINE.contains(new BigDecimal(value)), value);
    }

    @Test
    void nothingIsOnAScaleWithoutAValue() {
        for (ScoreScale scale : ScoreScale.values()) {
            assertFalse(scale.contains(null), scale.name());
        }
    }

    @Test
    void boundsAreTheScalesEnds() {
        assertEquals(0, ScoreScale.ZERO_TO_FIVE_HALVES.min().compareTo(BigDecimal.ZERO));
        assertEquals(0, ScoreScale.ZERO_TO_FIVE_HALVES.max().compareTo(BigDecimal.valueOf(5)));
        assertEquals(0, ScoreScale.ONE_TO_NINE.min().compareTo(BigDecimal.ONE));
        assertEquals(0, ScoreScale.ONE_TO_NINE.max().compareTo(BigDecimal.valueOf(9)));
    }
}
