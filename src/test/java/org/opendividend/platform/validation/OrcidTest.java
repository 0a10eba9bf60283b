package org.opendividend.platform.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrcidTest {

    /** iDs from ORCID's own documentation and registry (the last with the check character X). */
    @ParameterizedTest
    @CsvSource({
            "0000-0002-1825-0097, 0000-0002-1825-0097",
            "https://orcid.org/0000-0002-1825-0097, 0000-0002-1825-0097",
            "0000000218250097, 0000-0002-1825-0097",
            "0000-0001-5109-3700, 0000-0001-5109-3700",
            "0000-0002-1694-233X, 0000-0002-1694-233X",
            "0000-0002-1694-233x, 0000-0002-1694-233X"})
    void validIdsAreAcceptedInTheirCanonicalForm(String input, String canonical) {
        assertEquals(Optional.of(canonical), Orcid.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0098", "0000-0002-1694-2330", "0000-0002-1825-009", "abcd-0002-1825-0097",
            "0000-0002-1825-0097-1", "", "   ", "https://example.org/0000-0002-1825-0097"})
    void malformedIdsOrWrongCheckCharactersAreRefused(String input) {
        assertEquals(Optional.empty(), Orcid.parse(input));
    }

    @org.junit.jupiter.api.Test
    void nullIsRefused() {
        assertEquals(Optional.empty(), Orcid.parse(null));
    }
}
