package org.opendividend.platform.i18n;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Amounts in TWD as people type them: whole dollars, separators allowed, refusals translated. */
class TwdConverterTest {

    private static Properties en;
    private static Properties zhTw;

    @BeforeAll
    static void bundles() throws IOException {
        en = bundle("messages_en.properties");
        zhTw = bundle("messages_zh_TW.properties");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TwdConverterTest.class.getResourceAsStream("/org/opendividend/platform/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String refusal(String typed, Locale locale) {
        ConverterException refused = assertThrows(ConverterException.class, () -> TwdConverter.parse(typed, locale),
                "'" + typed + "' must be refused");
        assertEquals(refused.getFacesMessage().getSummary(), refused.getFacesMessage().getDetail());
        return refused.getFacesMessage().getSummary();
    }

    private static void assertRefused(String typed, String key) {
        assertEquals(en.getProperty(key), refusal(typed, Locale.ENGLISH), "'" + typed + "' in English");
        assertEquals(zhTw.getProperty(key), refusal(typed, Locale.TAIWAN), "'" + typed + "' in Chinese");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1500000|1500000",
            "1,500,000|1500000",
            "1 500 000|1500000",
            "NT$ 1,500,000|1500000",
            "NT$1,500,000|1500000",
            "'  1,500,000  '|1500000",
            "100.00|100",
            "100,00|100",
            "0|0",
            "999999999999999|999999999999999"})
    void acceptedAmounts(String typed, String expected) {
        BigDecimal amount = TwdConverter.parse(typed, Locale.TAIWAN);
        assertEquals(new BigDecimal(expected), amount);
        assertEquals(0, amount.scale(), "a whole number of dollars");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,5", "1500000.50", "NT$ 1,500,000.5", "0.01"})
    void decimalsAreRefusedAsNotWholeDollars(String typed) {
        assertRefused(typed, "validation.twd.whole");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-1,500,000", "NT$ -5", " -1 "})
    void negativeAmountsAreRefused(String typed) {
        assertRefused(typed, "validation.twd.negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e6", "", "   ", "1234567890123456", "1,234,567,890,123,456", "US$ 100",
            "1500000 元", "+5", "12a", "1.500.000"})
    void anythingElseIsRefusedAsFormat(String typed) {
        assertRefused(typed, "validation.twd.format");
    }

    @Test
    void theMessagesAreTranslated() {
        for (String key : new String[] {"validation.twd.whole", "validation.twd.negative", "validation.twd.format"}) {
            assertNotEquals(en.getProperty(key), zhTw.getProperty(key), key);
            assertFalse(en.getProperty(key).isBlank(), key);
        }
        String english = refusal("1.5", Locale.ENGLISH);
        String chinese = refusal("1.5", Locale.TAIWAN);
        assertNotEquals(english, chinese);
        assertTrue(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), chinese);
        assertTrue(english.chars().allMatch(c -> c < 128), english);
        assertEquals(english, refusal("1.5", Locale.UK), "any English");
        assertEquals(chinese, refusal("1.5", Locale.GERMAN), "zh-TW for a language we do not speak");
    }

    @Test
    void blankInputOfTheFieldIsNoAmount() {
        TwdConverter converter = new TwdConverter();
        assertNull(converter.getAsObject(null, null, null));
        assertNull(converter.getAsObject(null, null, "  "));
    }

    @Test
    void amountsAreShownWithThousandsSeparators() {
        assertEquals("1,500,000", TwdConverter.format(new BigDecimal("1500000")));
        assertEquals("0", TwdConverter.format(BigDecimal.ZERO));
        assertEquals("999", TwdConverter.format(new BigDecimal("999")));
        assertEquals("1,000", TwdConverter.format(new BigDecimal("1000")));
        assertEquals("999,999,999,999,999", TwdConverter.format(new BigDecimal("999999999999999")));
        assertEquals("", new TwdConverter().getAsString(null, null, null));
        assertEquals("1,500,000", new TwdConverter().getAsString(null, null, new BigDecimal("1500000")));
    }

    @Test
    void formatIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,500,000", TwdConverter.format(new BigDecimal("1500000")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void whatIsShownIsReadBack() {
        BigDecimal amount = new BigDecimal("123456789");
        assertEquals(amount, TwdConverter.parse(TwdConverter.format(amount), Locale.ENGLISH));
    }
}
