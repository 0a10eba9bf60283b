package org.opendividend.calls.entity;

import org.opendividend.platform.i18n.BilingualText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a call may target, by ISO 639-3 code with names in both languages: Chinese, the languages of
 * Taiwan (Taiwanese Hokkien, Hakka and the 16 recognised indigenous languages; Seediq and Truku share the code
 * trv) and English. The list is the fund's reference data; a new language is a new line here.
 */
public final class TargetLanguages {

    /** One language a call may target. */
    public record TargetLanguage(String code, String nameZhTw, String nameEn) {
        public String name(Locale locale) {
            return BilingualText.pick(locale, nameZhTw, nameEn);
        }
    }

    public static final List<TargetLanguage> ALL = List.of(
            new TargetLanguage("zho", "中文（繁體）", "Chinese (Traditional)"),
            new TargetLanguage("cmn", "華語", "Mandarin Chinese"),
            new TargetLanguage("nan", "臺灣台語", "Taiwanese Hokkien"),
            new TargetLanguage("hak", "客語", "Hakka"),
            new TargetLanguage("ami", "阿美語", "Amis"),
            new TargetLanguage("tay", "泰雅語", "Atayal"),
            new TargetLanguage("pwn", "排灣語", "Paiwan"),
            new TargetLanguage("bnn", "布農語", "Bunun"),
            new TargetLanguage("pyu", "卑南語", "Puyuma"),
            new TargetLanguage("dru", "魯凱語", "Rukai"),
            new TargetLanguage("tsu", "鄒語", "Tsou"),
            new TargetLanguage("xsy", "賽夏語", "Saisiyat"),
            new TargetLanguage("tao", "雅美語（達悟語）", "Yami (Tao)"),
            new TargetLanguage("ssf", "邵語", "Thao"),
            new TargetLanguage("ckv", "噶瑪蘭語", "Kavalan"),
            new TargetLanguage("trv", "太魯閣語／賽德克語", "Truku / Seediq"),
            new TargetLanguage("szy", "撒奇萊雅語", "Sakizaya"),
            new TargetLanguage("sxr", "拉阿魯哇語", "Hla'alua"),
            new TargetLanguage("xnb", "卡那卡那富語", "Kanakanavu"),
            new TargetLanguage("eng", "英語", "English"));

    private TargetLanguages() {
    }

    public static Optional<TargetLanguage> byCode(String code) {
        return ALL.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public static boolean isKnown(String code) {
        return byCode(code).isPresent();
    }
}
