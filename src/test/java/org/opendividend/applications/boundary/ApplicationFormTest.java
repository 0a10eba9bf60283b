package org.opendividend.applications.boundary;

import org.opendividend.calls.boundary.QuestionView;
import org.junit.jupiter.api.Test;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.platform.i18n.Languages;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The wizard's radio buttons and checkboxes: what they show of a stored answer, and what they store. */
class ApplicationFormTest {

    private static ApplicationForm formWith(Map<Long, String> answers) {
        return ApplicationForm.of(new ApplicationContent("", "", "", null, null, List.of(), answers, List.of(), List.of(),
                ApplicationContent.Ethics.NONE));
    }

    @Test
    void aStoredChoiceIsTickedAgainAndStoredAsTheChosenPositions() {
        ApplicationForm form = formWith(Map.of(1L, "[0,2]", 2L, "[1]", 3L, "自由填答"));
        assertArrayEquals(new String[] {"0", "2"}, form.choice(1L).getChosen());
        assertEquals("1", form.choice(2L).getChosenOne());

        form.choice(1L).setChosen(new String[] {"3", "1"});
        form.choice(2L).setChosenOne(null);
        assertEquals(Map.of(1L, "[1,3]", 2L, "", 3L, "自由填答"), form.content().answers(),
                "a text question keeps its text; a radio group left empty is no answer");
    }

    @Test
    void anAnswerTypedBeforeTheOptionsIsKeptUntilSomethingIsChosen() {
        ApplicationForm form = formWith(Map.of(1L, "語音和文字都有"));
        assertEquals("語音和文字都有", form.choice(1L).getTypedBefore());
        assertNull(form.choice(1L).getChosenOne());
        assertEquals("語音和文字都有", form.content().answers().get(1L));

        form.choice(1L).setChosenOne("2");
        assertEquals("[2]", form.content().answers().get(1L));
    }

    @Test
    void aForgedValueIsPassedOnForTheServerToRefuse() {
        ApplicationForm form = formWith(Map.of());
        form.choice(1L).setChosen(new String[] {"0", "<script>"});
        assertEquals("0,<script>", form.content().answers().get(1L));
    }

    @Test
    void theOptionsAreOfferedInThePagesLanguageWithTheirPositionsAsValues() {
        QuestionView q = QuestionView.of(new Question(new Question.QuestionSpec("資料", "Data", "類型", "Kind",
                QuestionType.SINGLE_CHOICE, true, null, "語音\n文字", "Speech\nText")));
        var items = new WizardOptions().choicesOf(q, Languages.EN);
        assertEquals(List.of("0:Speech", "1:Text"), items.stream().map(i -> i.getValue() + ":" + i.getLabel()).toList());
        assertEquals("文字", new WizardOptions().choicesOf(q, Languages.ZH_TW).get(1).getLabel());
    }
}
