package org.opendividend.applications.control;

/**
 * Words as a reader of mixed Chinese and English text counts them: every Han character, kana or Hangul syllable
 * is a word, and so is every run of other letters or digits (an English word, a number, a Latin-script Hakka or
 * indigenous word).
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isIdeographic(c)) {
                words++;
                inRun = false;
            } else if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-') {
                if (!inRun && (Character.isLetterOrDigit(c))) {
                    words++;
                    inRun = true;
                }
            } else {
                inRun = false;
            }
        }
        return words;
    }

    private static boolean isIdeographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
