package org.opendividend.applications.control;

import org.junit.jupiter.api.Test;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.QuestionView;
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

    static final List<QuestionView> QUESTIONS = ScreeningTestData.withQuestionIds(CallFixtures.draft(CallFixtures.content(
            b -> b.questions = List.of(
                    spec(QuestionType.SINGLE_CHOICE, "語音\n文字\n語音與文字", "Speech\nText\nSpeech and text"),
                    spec(QuestionType.MULTIPLE_CHOICE, "知識\n語言\n偏誤\n安全", "Knowledge\nLanguage\nBias\nSafety"),
                    spec(QuestionType.LONG_TEXT, "", ""),
                    spec(QuestionType.SINGLE_CHOICE, "是\n否\n不確定", "Yes\nNo"))))).questions().stream()
            .map(QuestionView::of).toList();
    static final QuestionView SINGLE = QUESTIONS.get(0);
    static final QuestionView MULTIPLE = QUESTIONS.get(1);
    static final QuestionView TEXT = QUESTIONS.get(2);
    /** Three options in Chinese, two in English. */
    static final QuestionView UNEVEN = QUESTIONS.get(3);

    private static Question.QuestionSpec spec(QuestionType type, String optionsZhTw, String optionsEn) {
        return new Question.QuestionSpec("資料", "Data", "題目", "Question", type, true, null, optionsZhTw, optionsEn);
    }

    private static List<FieldProblem> problems(Map<Long, String> answers, Map<Long, String> stored) {
        return ChoiceAnswers.saveProblems(List.of(SINGLE, MULTIPLE, TEXT), answers, stored);
    }

    @Test
    void offeredOptionsAreStoredAndNothingChosenIsNoAnswer() {
        assertEquals(List.of(), problems(Map.of(1L, "[2]", 2L, "[0,1,3]", 3L, "隨意的文字"), Map.of()));
        assertEquals(List.of(), problems(Map.of(1L, "", 2L, ""), Map.of()));
    }

    @Test
    void anOptionTheQuestionDoesNotOfferIsRefused() {
        List<FieldProblem> forged = problems(Map.of(2L, "[1,4]"), Map.of());
        assertEquals(List.of(FieldProblem.of("answers.2", "application.problem.optionNotOffered", 4)), forged);
    }

    @Test
    void aSingleChoiceTakesOneOptionOnly() {
        assertEquals(List.of(FieldProblem.of("answers.1", "application.problem.oneOption")),
                problems(Map.of(1L, "[0,1]"), Map.of()));
    }

    @Test
    void textWhereOptionsAreToBeChosenIsRefusedUnlessItIsTheAnswerWrittenBefore() {
        assertEquals(List.of(FieldProblem.of("answers.1", "application.problem.optionNotOffered", "Speech")),
                problems(Map.of(1L, "Speech"), Map.of()));
        assertEquals(List.of(), problems(Map.of(1L, "語音，以及一些文字"), Map.of(1L, "語音，以及一些文字")),
                "an answer typed before the options could be chosen is kept as long as it is not changed");
        assertFalse(problems(Map.of(1L, "改過的文字"), Map.of(1L, "語音，以及一些文字")).isEmpty());
    }

    @Test
    void onlyAChoiceOfAtLeastOneOptionAnswersTheQuestion() {
        assertTrue(ChoiceAnswers.isChosen("[0]"));
        assertFalse(ChoiceAnswers.isChosen(""));
        assertFalse(ChoiceAnswers.isChosen("語音"));
        assertTrue(ChoiceAnswers.isAnswered(SINGLE, "[1]"));
        assertFalse(ChoiceAnswers.isAnswered(SINGLE, "語音"), "typed before the options could be chosen");
        assertTrue(ChoiceAnswers.isAnswered(TEXT, "語音"));
        assertFalse(ChoiceAnswers.isAnswered(TEXT, " "));
        assertFalse(ChoiceAnswers.isAnswered(TEXT, null));
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
        assertEquals(2, UNEVEN.optionCount());
        assertEquals(1, ChoiceAnswers.saveProblems(List.of(UNEVEN), Map.of(4L, "[2]"), Map.of()).size());
    }
}
