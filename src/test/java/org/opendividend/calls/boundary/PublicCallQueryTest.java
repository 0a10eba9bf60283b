package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.platform.i18n.Languages;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list page's and the API's reading of query parameters: strangers' input never causes a fault. */
class PublicCallQueryTest {

    @Test
    void goodValuesNarrowTheList() {
        assertEquals(new PublicCallFilter("moc", "hak", CallStatus.OPEN, 14),
                PublicCallQuery.lenient("moc", "hak", "OPEN", "14"));
        assertEquals(new PublicCallFilter("moda", "nan", CallStatus.PUBLISHED, null),
                PublicCallQuery.lenient(" MODA ", "NAN", "published", null), "case and spaces do not matter");
    }

    @Test
    void badValuesAreIgnoredByThePage() {
        assertEquals(PublicCallFilter.NONE, PublicCallQuery.lenient(null, null, null, null));
        assertEquals(PublicCallFilter.NONE, PublicCallQuery.lenient("", " ", "", ""));
        assertEquals(PublicCallFilter.NONE, PublicCallQuery.lenient("<script>", "klingon", "NOPE", "abc"));
        assertEquals(PublicCallFilter.NONE, PublicCallQuery.lenient("moc' or 1=1 --", "en", "DRAFT", "-3"),
                "drafts are not a public status");
        assertEquals(new PublicCallFilter("moc", null, null, null), PublicCallQuery.lenient("moc", "xx", "NOPE", "99999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "367", "1.5", "14 days", "2147483648"})
    void closingDaysOutsideOneToAYearAreIgnored(String closing) {
        assertEquals(Optional.empty(), PublicCallQuery.days(closing));
    }

    @Test
    void closingDaysWithinAYearAreRead() {
        assertEquals(Optional.of(1), PublicCallQuery.days("1"));
        assertEquals(Optional.of(14), PublicCallQuery.days(" 14 "));
        assertEquals(Optional.of(366), PublicCallQuery.days("366"));
    }

    @Test
    void everyPublicStatusCanBeAskedForButNotDraft() {
        for (CallStatus status : CallStatus.values()) {
            assertEquals(status.isPublic(), PublicCallQuery.status(status.name()).isPresent(), status.name());
        }
    }

    @Test
    void idsArePositiveWholeNumbers() {
        assertEquals(Optional.of(1001L), PublicCallQuery.id("1001"));
        for (String bad : new String[] {null, "", "abc", "0", "-5", "1e3", "99999999999999999999", "1001;drop"}) {
            assertEquals(Optional.empty(), PublicCallQuery.id(bad), String.valueOf(bad));
        }
    }

    @Test
    void theApiRefusesWhatThePageIgnores() {
        assertEquals(PublicCallFilter.NONE, PublicCallQuery.strict(null, "", null, " "));
        assertEquals("status", assertThrows(PublicCallQuery.InvalidParameter.class,
                () -> PublicCallQuery.strict("moc", "hak", "NOPE", "14")).parameter());
        assertEquals("closingWithinDays", assertThrows(PublicCallQuery.InvalidParameter.class,
                () -> PublicCallQuery.strict(null, null, null, "abc")).parameter());
        assertEquals("language", assertThrows(PublicCallQuery.InvalidParameter.class,
                () -> PublicCallQuery.strict(null, "english", null, null)).parameter());
        assertEquals("ministry", assertThrows(PublicCallQuery.InvalidParameter.class,
                () -> PublicCallQuery.strict("a b", null, null, null)).parameter());
    }

    /**
     * The list page's target-language parameter is called {@code lang}, like the site's language switch, which
     * takes {@code ?lang=en} and {@code ?lang=zh-TW} on any page. No target language may look like a switch.
     */
    @Test
    void noTargetLanguageIsMistakenForTheLanguageSwitch() {
        for (var language : TargetLanguages.ALL) {
            assertFalse(Languages.isSupported(language.code()), language.code());
            assertTrue(PublicCallQuery.language(language.code()).isPresent(), language.code());
        }
    }
}
