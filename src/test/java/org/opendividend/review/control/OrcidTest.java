package org.opendividend.review.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrcidTest {

    @Test
    void acceptsIdsWhoseCheckCharacterIsRight() {
        assertTrue(Orcid.isValid("0000-0002-1825-0097"), "ORCID's own example, Josiah Carberry");
        assertTrue(Orcid.isValid("0000-0001-5109-3700"));
        assertTrue(Orcid.isValid("0000-0002-1694-233X"), "X stands for a check value of 10");
    }

    @Test
    void refusesAWrongCheckCharacterOrAMistypedDigit() {
        assertFalse(Orcid.isValid("0000-0002-1825-0098"));
        assertFalse(Orcid.isValid("0000-0002-1825-0079"), "two digits swapped");
        assertFalse(Orcid.isValid("0000-0002-1694-2330"));
    }

    @Test
    void refusesWhatIsNoOrcidId() {
        assertFalse(Orcid.isValid(null));
        assertFalse(Orcid.isValid(""));
        assertFalse(Orcid.isValid("0000-0002-1825"));
        assertFalse(Orcid.isValid("0000-0002-1825-009Y"));
        assertFalse(Orcid.isValid("https://example.org/0000-0002-1825-0097"));
    }

    @Test
    void keepsThePlainFormOfAnAddressOrOfDigitsWithoutDashes() {
        assertEquals(Optional.of("0000-0002-1825-0097"), Orcid.normalised("https://orcid.org/0000-0002-1825-0097"));
        assertEquals(Optional.of("0000-0002-1825-0097"), Orcid.normalised(" 0000000218250097 "));
        assertEquals(Optional.of("0000-0002-1694-233X"), Orcid.normalised("0000-0002-1694-233x"));
    }
}
