package org.opendividend.organisations.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ROR ids with their check digits: 98 - (value of the six base-32 characters × 100 mod 97). Real ids of Harvard
 * (03vek6s52), MIT (042nb2s44), Oxford (052gg0110): e.g. for 042nb2s44, "42nb2s" is 4,2,21,11,2,25 in Crockford's
 * alphabet, 4·32⁵+2·32⁴+21·32³+11·32²+2·32+25 = 137 014 361; ×100 mod 97 = 54; 98 − 54 = 44.
 */
class RorIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"03vek6s52", "042nb2s44", "052gg0110", "https://ror.org/03vek6s52", " 03VEK6S52 "})
    void realIdsAreAccepted(String input) {
        assertEquals(true, RorId.parse(input).isPresent(), input);
    }

    @Test
    void theUrlFormIsStoredBare() {
        assertEquals(Optional.of("03vek6s52"), RorId.parse("https://ror.org/03vek6s52"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03vek6s53", "042nb2s45", "13vek6s52", "03vek6s5", "03vek6s520", "03vik6s52",
            "03vek6u52", "http://example.org/03vek6s52", "ror.org/03vek6s52x", ""})
    void wrongCheckDigitsLettersOrShapesAreRefused(String input) {
        assertEquals(Optional.empty(), RorId.parse(input), input);
    }
}
