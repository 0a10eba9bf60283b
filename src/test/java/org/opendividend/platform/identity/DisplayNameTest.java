package org.opendividend.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DisplayNameTest {

    @Test
    void chineseNameIsFamilyNameFirstWithoutSpace() {
        assertEquals("張家豪", DisplayName.compose("家豪", "張", "fallback"));
    }

    @Test
    void latinNameIsGivenNameFirstWithSpace() {
        assertEquals("Ada Lovelace", DisplayName.compose("Ada", "Lovelace", "fallback"));
    }

    @Test
    void hanInEitherPartMakesItFamilyFirst() {
        // a two-character family name with a given name written in Han script
        assertEquals("歐陽修", DisplayName.compose("修", "歐陽", "x"));
        // Japanese: kanji family name, kana given name; family first as well
        assertEquals("山田はなこ", DisplayName.compose("はなこ", "山田", "x"));
    }

    @Test
    void onlyGivenNameIsShownAlone() {
        assertEquals("Ada", DisplayName.compose("Ada", null, "fallback"));
        assertEquals("家豪", DisplayName.compose("家豪", "", "fallback"));
    }

    @Test
    void onlyFamilyNameIsShownAlone() {
        assertEquals("Lovelace", DisplayName.compose(null, "Lovelace", "fallback"));
        assertEquals("張", DisplayName.compose("  ", "張", "fallback"));
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL,NULL", "'',''", "'   ',NULL", "NULL,'\t'"}, nullValues = "NULL")
    void noNamePartsGiveTheFallback(String given, String family) {
        assertEquals("ada.l", DisplayName.compose(given, family, "ada.l"));
    }

    @Test
    void fallbackMayItselfBeMissing() {
        assertNull(DisplayName.compose(null, null, null));
    }

    @Test
    void partsAreTrimmed() {
        assertEquals("Ada Lovelace", DisplayName.compose("  Ada ", " Lovelace  ", "x"));
        assertEquals("張家豪", DisplayName.compose(" 家豪 ", " 張", "x"));
    }
}
