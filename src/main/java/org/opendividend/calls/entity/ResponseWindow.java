package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call's optional applicant response window (issue #11, item 3): until an instant, applicants read the comments the
 * reviewers meant for them and answer in at most a number of words. Opened by the lead's officer once the call no
 * longer takes applications and its decision is not taken yet; absent (both columns empty) when the call has none.
 */
@Embeddable
public class ResponseWindow {

    /** The most words a call may allow an answer. */
    public static final int MAX_WORD_LIMIT = 2000;

    /** The longest answer the column keeps, in characters, whatever the words. */
    public static final int MAX_CHARACTERS = 8000;

    /** A word: a run of letters or digits of an alphabetic script, or one Han, kana or Hangul character. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]|[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’-]*");

    @Column(name = "response_closes_at")
    private Instant closesAt;

    @Column(name = "response_word_limit")
    private Integer wordLimit;

    protected ResponseWindow() {
    }

    public ResponseWindow(Instant closesAt, int wordLimit) {
        this.closesAt = Objects.requireNonNull(closesAt).truncatedTo(ChronoUnit.MICROS);
        if (wordLimit < 1 || wordLimit > MAX_WORD_LIMIT) {
            throw new IllegalArgumentException("a word limit of 1 to " + MAX_WORD_LIMIT);
        }
        this.wordLimit = wordLimit;
    }

    /** The words of a text as the limit counts them: each Chinese character one, each word of other scripts one. */
    public static int words(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Whether the window is set at all (an embedded part without its columns reads as unset). */
    public boolean isSet() {
        return closesAt != null && wordLimit != null;
    }

    /** Open strictly before its closing instant, decided on the server's clock. */
    public boolean isOpenAt(Instant now) {
        return isSet() && now.isBefore(closesAt);
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Integer wordLimit() {
        return wordLimit;
    }
}
