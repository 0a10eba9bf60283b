package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendividend.platform.i18n.BilingualText;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A call-specific question of the application form, stored as data so that the application wizard renders it.
 * Choices are kept one per line in each language.
 */
@Entity
@Table(name = "call_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "section_zh_tw", nullable = false)
    private String sectionZhTw;

    @Column(name = "section_en", nullable = false)
    private String sectionEn;

    @Column(name = "label_zh_tw", nullable = false)
    private String labelZhTw;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false)
    private QuestionType type;

    private boolean required;

    @Column(name = "word_limit")
    private Integer wordLimit;

    @Column(name = "options_zh_tw", nullable = false)
    private String optionsZhTw;

    @Column(name = "options_en", nullable = false)
    private String optionsEn;

    protected Question() {
    }

    public Question(QuestionSpec spec) {
        this.sectionZhTw = spec.sectionZhTw();
        this.sectionEn = spec.sectionEn();
        this.labelZhTw = spec.labelZhTw();
        this.labelEn = spec.labelEn();
        this.type = spec.type();
        this.required = spec.required();
        this.wordLimit = spec.wordLimit();
        this.optionsZhTw = spec.optionsZhTw() == null ? "" : spec.optionsZhTw();
        this.optionsEn = spec.optionsEn() == null ? "" : spec.optionsEn();
    }

    /** Everything that defines a question, in both languages. */
    public record QuestionSpec(String sectionZhTw, String sectionEn, String labelZhTw, String labelEn,
                               QuestionType type, boolean required, Integer wordLimit,
                               String optionsZhTw, String optionsEn) {

        /** Whether both languages list as many options: an answer names an option by its position in either list. */
        public boolean optionsPaired() {
            return lines(nz(optionsZhTw)).size() == lines(nz(optionsEn)).size();
        }

        private static String nz(String text) {
            return text == null ? "" : text;
        }
    }

    public QuestionSpec spec() {
        return new QuestionSpec(sectionZhTw, sectionEn, labelZhTw, labelEn, type, required, wordLimit, optionsZhTw, optionsEn);
    }

    public Long id() {
        return id;
    }

    public String section(Locale locale) {
        return BilingualText.pick(locale, sectionZhTw, sectionEn);
    }

    public String label(Locale locale) {
        return BilingualText.pick(locale, labelZhTw, labelEn);
    }

    public List<String> options(Locale locale) {
        return lines(BilingualText.pick(locale, optionsZhTw, optionsEn));
    }

    public QuestionType type() {
        return type;
    }

    /** Answered by picking from the options (radio buttons or checkboxes), not by typing. */
    public boolean isChoice() {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }

    public boolean isMultipleChoice() {
        return type == QuestionType.MULTIPLE_CHOICE;
    }

    /**
     * The options an applicant may pick, by position (0, 1, …): a position means the same option in both languages,
     * so only positions both lists have are offered.
     */
    public int optionCount() {
        return Math.min(lines(optionsZhTw).size(), lines(optionsEn).size());
    }

    public boolean required() {
        return required;
    }

    public Integer wordLimit() {
        return wordLimit;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
