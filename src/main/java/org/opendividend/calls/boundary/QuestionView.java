package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.platform.i18n.BilingualText;

import java.util.List;
import java.util.Locale;

/**
 * A call's question as the application form and the screening read it: its texts in both languages, its type and
 * limits, and what the question decides about its answers ({@link Question#isChoice()}, {@link Question#optionCount()})
 * taken from it when read. A copy, part of a {@link CallView}.
 */
public record QuestionView(Long id, String sectionZhTw, String sectionEn, String labelZhTw, String labelEn,
                           QuestionType type, boolean required, Integer wordLimit, List<String> optionsZhTw,
                           List<String> optionsEn, boolean choice, boolean multipleChoice, int optionCount) {

    public QuestionView {
        optionsZhTw = List.copyOf(optionsZhTw);
        optionsEn = List.copyOf(optionsEn);
    }

    public static QuestionView of(Question q) {
        Question.QuestionSpec s = q.spec();
        return new QuestionView(q.id(), s.sectionZhTw(), s.sectionEn(), s.labelZhTw(), s.labelEn(), q.type(),
                q.required(), q.wordLimit(), q.options(Locale.TRADITIONAL_CHINESE), q.options(Locale.ENGLISH),
                q.isChoice(), q.isMultipleChoice(), q.optionCount());
    }

    public String section(Locale locale) {
        return BilingualText.pick(locale, sectionZhTw, sectionEn);
    }

    public String label(Locale locale) {
        return BilingualText.pick(locale, labelZhTw, labelEn);
    }

    public List<String> options(Locale locale) {
        return BilingualText.pick(locale, optionsZhTw, optionsEn);
    }

    /** Answered by picking from the options (radio buttons or checkboxes), not by typing; {@code q.choice} in pages. */
    public boolean isChoice() {
        return choice;
    }

    /** {@code q.multipleChoice} in pages. */
    public boolean isMultipleChoice() {
        return multipleChoice;
    }
}
