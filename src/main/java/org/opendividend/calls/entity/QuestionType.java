package org.opendividend.calls.entity;

/** Kinds of call-specific questions on the application form. */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, NUMBER, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, FILE;

    public String labelKey() {
        return "question.type." + name();
    }
}
