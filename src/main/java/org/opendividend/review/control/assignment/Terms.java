package org.opendividend.review.control.assignment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into the terms affinity compares. Chinese has no spaces between words and a word list would have to
 * know Hakka and the Indigenous languages' loanwords too, so CJK text is cut into overlapping character bigrams
 * ("語言模型" gives 語言, 言模, 模型), which match the same words wherever they occur; a CJK run of one character is kept
 * as it is. Latin text (English, romanised Indigenous languages) is cut into lower-cased words of letters and digits.
 * NFKC first, so full-width letters and digits (ＡＩ, ２０２６) meet their half-width forms.
 */
final class Terms {

    private Terms() {
    }

    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        List<Integer> cjkRun = new ArrayList<>();
        int i = 0;
        while (i < normal.length()) {
            int codePoint = normal.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isCjk(codePoint)) {
                flushWord(word, terms);
                cjkRun.add(codePoint);
            } else if (Character.isLetterOrDigit(codePoint)) {
                flushCjk(cjkRun, terms);
                word.appendCodePoint(codePoint);
            } else {
                flushWord(word, terms);
                flushCjk(cjkRun, terms);
            }
        }
        flushWord(word, terms);
        flushCjk(cjkRun, terms);
        return terms;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    private static void flushWord(StringBuilder word, List<String> terms) {
        if (!word.isEmpty()) {
            terms.add(word.toString());
            word.setLength(0);
        }
    }

    private static void flushCjk(List<Integer> run, List<String> terms) {
        if (run.size() == 1) {
            terms.add(Character.toString(run.get(0)));
        }
        for (int j = 0; j + 1 < run.size(); j++) {
            terms.add(new StringBuilder().appendCodePoint(run.get(j)).appendCodePoint(run.get(j + 1)).toString());
        }
        run.clear();
    }
}
