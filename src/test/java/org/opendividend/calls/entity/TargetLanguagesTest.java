package org.opendividend.calls.entity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetLanguagesTest {

    @Test
    void theLanguagesOfTaiwanAreKnown() {
        for (String code : List.of("zho", "cmn", "nan", "hak", "eng",
                // the recognised indigenous languages; Truku and Seediq share trv
                "ami", "tay", "pwn", "bnn", "pyu", "dru", "tsu", "xsy", "tao", "ssf", "ckv", "trv", "szy", "sxr", "xnb")) {
            assertTrue(TargetLanguages.isKnown(code), code);
        }
        assertEquals(20, TargetLanguages.ALL.size());
    }

    @Test
    void unknownCodesAreNotKnown() {
        for (String code : List.of("tlh", "HAK", "hak ", "", "zh-TW", "en")) {
            assertFalse(TargetLanguages.isKnown(code), "'" + code + "'");
        }
        assertFalse(TargetLanguages.isKnown(null));
        assertTrue(TargetLanguages.byCode("xyz").isEmpty());
    }

    @Test
    void codesAreUniqueIso6393AndEveryLanguageIsNamedInBothLanguages() {
        Set<String> codes = new HashSet<>();
        for (TargetLanguages.TargetLanguage language : TargetLanguages.ALL) {
            assertTrue(codes.add(language.code()), "once: " + language.code());
            assertTrue(language.code().matches("[a-z]{3}"), language.code());
            assertFalse(language.nameZhTw().isBlank(), language.code());
            assertFalse(language.nameEn().isBlank(), language.code());
        }
    }

    @Test
    void namesFollowTheLocale() {
        TargetLanguages.TargetLanguage hakka = TargetLanguages.byCode("hak").orElseThrow();
        assertEquals("客語", hakka.name(Locale.TAIWAN));
        assertEquals("Hakka", hakka.name(Locale.ENGLISH));
        assertEquals("Hakka", hakka.name(Locale.UK));
        assertEquals("客語", hakka.name(null), "zh-TW is the default");
    }
}
