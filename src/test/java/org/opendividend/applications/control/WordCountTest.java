package org.opendividend.applications.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordCountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"|0",
            "Open speech corpora|3",
            "客語語料|4",
            "建置 Hakka 與 Amis 語料 2027|8",
            "don't stop-gap|2",
            "many   spaces and lines|4",
            "Nga'ay ho 你好|4"})
    void countsWordsOfMixedScripts(String text, int words) {
        assertEquals(words, WordCount.of(text));
    }
}
