package org.opendividend.applications.control;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.validation.FieldProblem;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What may be stored as the answer to a choice question, and how it reads in either language. */
class ChoiceAnswersTest {

    static final Question SINGLE = question(11L, QuestionType.SINGLE_CHOICE, "語音\n文字\n語音與文字", "Speech\nText\nSpeech and text");
    static final Question MULTIPLE = question(12L, QuestionType.MULTIPLE_CHOICE, "知識\n語言\n偏誤\n安全", "Knowledge\nLanguage\nBias\nSafety");
    static final Question TEXT = question(13L, QuestionType.LONG_TEXT, "", "");
    static final List<Question> QUESTIONS = List.of(SINGLE, MULTIPLE, TEXT);

    /** Questions get their ids from the database; outside it they are given here, by reflection. */
    static Question question(long id, QuestionType type, String optionsZhTw, String optionsEn) {
        Question q = new Question(new Question.QuestionSpec("資料", "Data", "題目", "Question", type, true, null,
                optionsZhTw, optionsEn));
        try {
            var field = Question.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(q, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return q;
    }

    private static List<FieldProblem> problems(Map<Long, String> answers, Map<Long, String> stored) {
        return ChoiceAnswers.saveProblems(QUESTIONS, answers, stored);
    }

    @Test
    void offeredOptionsAreStoredAndNothingChosenIsNoAnswer() {
        assertEquals(List.of(), problems(Map.of(11L, "[2]", 12L, "[0,1,3]", 13L, "隨意的文字"), Map.of()));
        assertEquals(List.of(), problems(Map.of(11L, "", 12L, ""), Map.of()));
    }

    @Test
    void anOptionTheQuestionDoesNotOfferIsRefused() {
        List<FieldProblem> forged = problems(Map.of(12L, "[1,4]"), Map.of());
        assertEquals(List.of(FieldProblem.of("answers.12", "application.problem.optionNotOffered", 4)), forged);
    }

    @Test
    void aSingleChoiceTakesOneOptionOnly() {
        assertEquals(List.of(FieldProblem.of("answers.11", "application.problem.oneOption")),
                problems(Map.of(11L, "[0,1]"), Map.of()));
    }

    @Test
    void textWhereOptionsAreToBeChosenIsRefusedUnlessItIsTheAnswerWrittenBefore() {
        assertEquals(List.of(FieldProblem.of("answers.11", "application.problem.optionNotOffered", "Speech")),
                problems(Map.of(11L, "Speech"), Map.of()));
        assertEquals(List.of(), problems(Map.of(11L, "語音，以及一些文字"), Map.of(11L, "語音，以及一些文字")),
                "an answer typed before the options could be chosen is kept as long as it is not changed");
        assertFalse(problems(Map.of(11L, "改過的文字"), Map.of(11L, "語音，以及一些文字")).isEmpty());
    }

    @Test
    void onlyAChoiceOfAtLeastOneOptionAnswersTheQuestion() {
        assertTrue(ChoiceAnswers.isChosen("[0]"));
        assertFalse(ChoiceAnswers.isChosen(""));
        assertFalse(ChoiceAnswers.isChosen("語音"));
    }

    @Test
    void aChoiceReadsAsTheOptionsTextsInEitherLanguageAndTypedAnswersAsWritten() {
        assertEquals("知識\n安全", ChoiceAnswers.shown(MULTIPLE, "[0,3]", Languages.ZH_TW));
        assertEquals("Knowledge\nSafety", ChoiceAnswers.shown(MULTIPLE, "[0,3]", Languages.EN));
        assertEquals("我們主要錄製語音", ChoiceAnswers.shown(SINGLE, "我們主要錄製語音", Languages.EN));
        assertEquals("[0]", ChoiceAnswers.shown(TEXT, "[0]", Languages.EN), "a text answer is never read as a choice");
    }

    @Test
    void onlyPositionsBothLanguagesListAreOffered() {
        Question uneven = question(14L, QuestionType.SINGLE_CHOICE, "是\n否\n不確定", "Yes\nNo");
        assertEquals(2, uneven.optionCount());
        assertEquals(1, ChoiceAnswers.saveProblems(List.of(uneven), Map.of(14L, "[2]"), Map.of()).size());
    }
}
