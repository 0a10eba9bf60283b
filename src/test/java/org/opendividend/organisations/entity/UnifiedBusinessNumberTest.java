package org.opendividend.organisations.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 統一編號 checksum, worked by hand for each number (weights 1,2,1,2,1,2,4,1; the digits of each product added):
 * <pre>
 * 04595257: 0,8,5,18→9,5,4,20→2,7         → 0+8+5+9+5+4+2+7 = 40, 40 % 5 = 0 (and % 10 = 0: valid under the old rule too)
 * 22099131: 2,4,0,18→9,9,2,12→3,1         → 30, valid
 * 12345675: 1,4,3,8,5,12→3,28→10,5        → 39, not % 5, but the 7th digit is 7: 39 + 1 = 40, valid
 * 10458575: 1,0,4,10→1,8,10→1,28→10,5     → 30, valid (7th digit 7, the plain rule already holds)
 * 10458574: the same with 4 last           → 29; 29 + 1 = 30: valid only by the 7th-digit rule
 * 10458573: the same with 3 last           → 28; 28 and 29 are not multiples of 5: invalid
 * 04595252: as 04595257 with 2 last        → 35: valid by the 2023 % 5 rule, invalid by the old % 10 rule
 * 04595258: as 04595257 with 8 last        → 41: invalid
 * 22099132: as 22099131 with 2 last        → 31: invalid
 * 12345678: 1,4,3,8,5,12→3,28→10,8         → 42; 43: invalid
 * </pre>
 */
class UnifiedBusinessNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"04595257", "22099131", "12345675", "10458575", "10458574", "04595252"})
    void validNumbers(String number) {
        assertTrue(UnifiedBusinessNumber.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04595258", "22099132", "12345678", "10458573",
            "0459525", "045952570", "0459525a", "04 95257", "０４５９５２５７"})
    void invalidNumbers(String number) {
        assertFalse(UnifiedBusinessNumber.isValid(number), number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsNotANumber(String number) {
        assertFalse(UnifiedBusinessNumber.isValid(number));
    }
}
