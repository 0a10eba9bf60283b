package org.opendividend.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    @Test
    void supportedLanguagesAreTraditionalChineseFirstThenEnglish() {
        assertEquals(Locale.forLanguageTag("zh-TW"), Languages.ZH_TW);
        assertEquals(Locale.forLanguageTag("en"), Languages.EN);
        assertEquals(List.of(Languages.ZH_TW, Languages.EN), Languages.SUPPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "en-US", "en_GB", "EN"})
    void englishInAnyRegionIsEnglish(String tag) {
        assertEquals(Languages.EN, Languages.of(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "zh_TW", "zh", "zh-Hant-TW"})
    void chineseIsTraditionalChineseOfTaiwan(String tag) {
        assertEquals(Languages.ZH_TW, Languages.of(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de-DE", "ja", "", "not a tag"})
    void anythingElseIsTheDefaultTraditionalChinese(String tag) {
        assertEquals(Languages.ZH_TW, Languages.of(tag));
    }

    @Test
    void noTagIsTheDefault() {
        assertEquals(Languages.ZH_TW, Languages.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "zh-TW", "zh", "zh_TW"})
    void englishAndChineseAreSupported(String tag) {
        assertTrue(Languages.isSupported(tag), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "ja-JP", "", "xx-invalid-!"})
    void otherLanguagesAreNotSupported(String tag) {
        assertFalse(Languages.isSupported(tag), tag);
    }

    @Test
    void nullIsNotSupported() {
        assertFalse(Languages.isSupported(null));
    }

    @Test
    void bestMatchIsTheFirstPreferredLanguageWeSpeak() {
        assertEquals(Languages.EN, Languages.bestMatch(locales("fr-FR", "en-GB", "zh-TW")));
        assertEquals(Languages.ZH_TW, Languages.bestMatch(locales("de", "zh-TW", "en")));
    }

    @Test
    void bestMatchOfAnyChineseIsTraditionalChinese() {
        assertEquals(Languages.ZH_TW, Languages.bestMatch(locales("zh-CN", "en")));
    }

    @Test
    void bestMatchWithoutAnyLanguageWeSpeakIsTheDefault() {
        assertEquals(Languages.ZH_TW, Languages.bestMatch(locales("fr", "de", "ja")));
        assertEquals(Languages.ZH_TW, Languages.bestMatch(Collections.emptyEnumeration()));
    }

    /** What a person is recorded as speaking: the switch's choice first, then the browser's; nothing from a silent client. */
    @Test
    void theLanguageAskedForIsTheChoiceThenTheBrowsersAndNothingWhenNoneIsSaid() {
        assertEquals(Optional.of(Languages.EN), Languages.asked(request("en", "zh-TW,zh;q=0.9")), "the switch wins");
        assertEquals(Optional.of(Languages.ZH_TW), Languages.asked(request(null, "fr-FR,zh-TW;q=0.8")));
        assertEquals(Optional.of(Languages.EN), Languages.asked(request(null, "en-US")));
        assertEquals(Optional.empty(), Languages.asked(request(null, null)), "an API client that names no language");
        assertEquals(Optional.of(Languages.ZH_TW), Languages.asked(request("zh-TW", null)));
    }

    /** A request with the language cookie (or none) and the Accept-Language header (or none), nothing else. */
    private static HttpServletRequest request(String cookie, String acceptLanguage) {
        List<Locale> preferred = acceptLanguage == null ? List.of(Locale.getDefault())
                : Arrays.stream(acceptLanguage.split(",")).map(p -> Locale.forLanguageTag(p.split(";")[0])).toList();
        return (HttpServletRequest) Proxy.newProxyInstance(LanguagesTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> cookie == null ? null : new Cookie[]{new Cookie(Languages.COOKIE, cookie)};
                    case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) args[0]) ? acceptLanguage : null;
                    case "getLocales" -> Collections.enumeration(preferred);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static java.util.Enumeration<Locale> locales(String... tags) {
        return Collections.enumeration(java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList());
    }
}
